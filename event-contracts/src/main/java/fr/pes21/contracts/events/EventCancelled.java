package fr.pes21.contracts.events;

import java.time.LocalDate;

/**
 * An event was cancelled; {@code factId} is its own id and {@code occurredOn} the event's
 * day. Its registrations are cancelled with it, in events-service.
 */
public record EventCancelled(String factId, String eventId, EventKind kind, LocalDate occurredOn) implements EventFact {

	@Override
	public String subject() {
		return eventId;
	}

}
