package fr.pes21.contracts.events;

import java.time.LocalDate;

import fr.pes21.contracts.Withdrawal;

/**
 * An {@link EventScheduled} was withdrawn (entered by mistake), with every fact recorded
 * on it withdrawn first.
 */
public record EventWithdrawn(String factId, String eventId, EventKind kind,
		LocalDate occurredOn) implements EventFact, Withdrawal {

	@Override
	public String subject() {
		return eventId;
	}

}
