package fr.pes21.contracts.events;

import java.time.LocalDate;

/**
 * A registration for an event was received, confirmed or on the waiting list;
 * {@code factId} is the registration id and {@code occurredOn} the day it was received.
 * The registrant stays in events-service.
 */
public record RegistrationReceived(String factId, String registrationId, String eventId, RegistrationStatus status,
		LocalDate occurredOn) implements EventFact {

	@Override
	public String subject() {
		return eventId;
	}

}
