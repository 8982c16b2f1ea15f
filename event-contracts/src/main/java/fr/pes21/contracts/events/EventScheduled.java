package fr.pes21.contracts.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An event was scheduled; {@code factId} is the event id and {@code occurredOn} the day
 * it starts in Europe/Paris. Title, venue and partners stay in events-service.
 */
public record EventScheduled(String factId, String eventId, EventKind kind, Instant startsAt, Integer capacity,
		LocalDate occurredOn) implements EventFact {

	@Override
	public String subject() {
		return eventId;
	}

}
