package fr.pes21.events.event;

import java.time.Instant;
import java.time.LocalDate;

import fr.pes21.contracts.events.EventKind;
import io.swagger.v3.oas.annotations.media.Schema;

/** An event as the list {@code GET /api/events} shows it. */
record EventSummary(String id, String title, EventKind kind, Instant startsAt,
		@Schema(description = "The day it starts in Europe/Paris") LocalDate date,
		@Schema(nullable = true) String venue, @Schema(nullable = true) Integer capacity, EventStatus status,
		int confirmed, int waitlisted, @Schema(nullable = true) Integer attendance) {

	static EventSummary of(Event event) {
		return new EventSummary(event.id(), event.title(), event.kind(), event.startsAt(), event.day(), event.venue(),
				event.capacity(), event.status(), event.confirmed(), event.waitlisted(),
				event.hasAttendance() ? event.attendance().count() : null);
	}

}
