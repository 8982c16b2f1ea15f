package fr.pes21.contracts.events;

import java.time.LocalDate;

/**
 * The attendance of a held event was recorded; {@code factId} is its own id and
 * {@code occurredOn} the event's day (its start in Europe/Paris). Recording it again
 * withdraws the previous record first, so the active record is the event's attendance.
 */
public record AttendanceRecorded(String factId, String eventId, EventKind kind, int count,
		LocalDate occurredOn) implements EventFact {

	@Override
	public String subject() {
		return eventId;
	}

}
