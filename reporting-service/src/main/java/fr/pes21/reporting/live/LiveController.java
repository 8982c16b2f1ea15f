package fr.pes21.reporting.live;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The report's figures, live, as Server-Sent Events: an event {@code indicator} per
 * changed key, {@code {"year", "key", "value"}}, its id a sequence that only grows;
 * heartbeats as comments. Reconnecting with {@code Last-Event-ID} loses nothing
 * ({@link LiveFigures}).
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
	SseEmitter live(@Parameter(description = "The id of the last event received, to resume after it") @RequestHeader(
			name = "Last-Event-ID", required = false) Long lastEventId) {
		return this.live.connect(lastEventId);
	}

}
