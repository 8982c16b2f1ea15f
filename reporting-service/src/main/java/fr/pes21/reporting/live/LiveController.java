package fr.pes21.reporting.live;

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
@RestController
@RequestMapping("/api/reports")
class LiveController {

	private final LiveFigures live;

	LiveController(LiveFigures live) {
		this.live = live;
	}

	@GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter live(@RequestHeader(name = "Last-Event-ID", required = false) Long lastEventId) {
		return this.live.connect(lastEventId);
	}

}
