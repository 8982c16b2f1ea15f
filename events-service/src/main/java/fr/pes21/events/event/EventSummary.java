package fr.pes21.events.event;

import java.time.Instant;
import java.time.LocalDate;

import fr.pes21.contracts.events.EventKind;

/** An event as the list {@code GET /api/events} shows it. */
record EventSummary(String id, String title, EventKind kind, Instant startsAt, LocalDate date, String venue,
		Integer capacity, EventStatus status, int confirmed, int waitlisted, Integer attendance) {

	static EventSummary of(Event event) {
		return new EventSummary(event.id(), event.title(), event.kind(), event.startsAt(), event.day(), event.venue(),
				event.capacity(), event.status(), event.confirmed(), event.waitlisted(),
				event.hasAttendance() ? event.attendance().count() : null);
	}

}
