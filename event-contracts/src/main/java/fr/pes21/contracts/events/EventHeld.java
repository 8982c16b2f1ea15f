package fr.pes21.contracts.events;

import java.time.LocalDate;

/**
 * An event took place; {@code factId} is its own id and {@code occurredOn} the event's
 * day (its start in Europe/Paris).
 */
public record EventHeld(String factId, String eventId, EventKind kind, LocalDate occurredOn) implements EventFact {

	@Override
	public String subject() {
		return eventId;
	}

}
