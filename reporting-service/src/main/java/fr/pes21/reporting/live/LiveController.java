package fr.pes21.reporting.live;

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
@RestController
@RequestMapping("/api/reports")
class LiveController {

	private final LiveFigures live;

	LiveController(LiveFigures live) {
		this.live = live;
	}

	@GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter live(@RequestHeader(name = "Last-Event-ID", required = false) Long lastEventId,
			@AuthenticationPrincipal Jwt token) {
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
