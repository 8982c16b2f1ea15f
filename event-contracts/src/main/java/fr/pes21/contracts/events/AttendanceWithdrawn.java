package fr.pes21.contracts.events;

import java.time.LocalDate;

import fr.pes21.contracts.Withdrawal;

/**
 * An {@link AttendanceRecorded} was withdrawn (replaced or cancelled).
 */
public record AttendanceWithdrawn(String factId, String eventId, EventKind kind,
		LocalDate occurredOn) implements EventFact, Withdrawal {

	@Override
	public String subject() {
		return eventId;
	}

}
