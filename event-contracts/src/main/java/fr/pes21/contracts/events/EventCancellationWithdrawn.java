package fr.pes21.contracts.events;

import java.time.LocalDate;

import fr.pes21.contracts.Withdrawal;

/**
 * An {@link EventCancelled} was withdrawn: the event is scheduled again.
 */
public record EventCancellationWithdrawn(String factId, String eventId, EventKind kind,
		LocalDate occurredOn) implements EventFact, Withdrawal {

	@Override
	public String subject() {
		return eventId;
	}

}
