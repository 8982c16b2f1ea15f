package fr.pes21.reporting.live;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Objects;

import fr.pes21.platform.problem.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The report's figures, live, as Server-Sent Events: an event {@code indicator} per
 * changed key, {@code {"year", "key", "value"}}, its id a sequence that only grows;
 * heartbeats as comments. Reconnecting with {@code Last-Event-ID} loses nothing
 * ({@link LiveFigures}). The stream ends when the token expires; beyond the streams one
 * user, or the instance, may have open, it is refused with a problem
 * ({@code 429 urn:pes21:problem:too-many-live-streams},
 * {@code 503 urn:pes21:problem:live-streams-full}) and {@code Retry-After}
 * (docs/decisions/0014).
 */
@Tag(name = "Reports")
@RestController
@RequestMapping("/api/reports")
class LiveController {

	private final LiveFigures live;

	LiveController(LiveFigures live) {
		this.live = live;
	}

	@GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(operationId = "followLiveFigures", summary = "Follow the figures live (Server-Sent Events)",
			description = "An event `indicator` per changed figure, its data `{\"year\", \"key\", \"value\"}` and its id a sequence that only grows; heartbeats as comments. Reconnecting with `Last-Event-ID` replays what was missed (or an event `reload` when it is too old). Not for generated clients: read it with an EventSource.")
	@ApiResponse(responseCode = "200", description = "An endless stream of `indicator` events",
			content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
					schema = @Schema(implementation = LiveChange.class)))
	@ApiResponse(responseCode = "429",
			description = "The user already has the most live streams one user may have open (`Retry-After`)",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "503", description = "The instance serves the most live streams it may (`Retry-After`)",
			content = @Content(mediaType = "application/problem+json"))
	SseEmitter live(
			@Parameter(description = "The id of the last event received, to resume after it") @RequestHeader(
					name = "Last-Event-ID", required = false) Long lastEventId,
			@Parameter(hidden = true) @AuthenticationPrincipal Jwt token) {
		return this.live.connect(Objects.requireNonNullElse(token.getSubject(), ""), token.getExpiresAt(), lastEventId);
	}

	@ExceptionHandler(LiveFigures.Refused.class)
	ResponseEntity<ProblemDetail> refused(LiveFigures.Refused refused) {
		long retryAfter = refused.settings().retryAfterSeconds();
		ProblemDetail problem = refused.forUser()
				? Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-live-streams", "Too many live streams",
						"You have " + refused.limit() + " live streams open, the most one user may have: close one "
								+ "(another tab, another device) or retry in " + retryAfter + " s.")
				: Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "live-streams-full", "Live streams full",
						"The service serves " + refused.limit() + " live streams, the most it may: retry in "
								+ retryAfter + " s.");
		return ResponseEntity.status(problem.getStatus())
			.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter))
			.body(problem);
	}

}
