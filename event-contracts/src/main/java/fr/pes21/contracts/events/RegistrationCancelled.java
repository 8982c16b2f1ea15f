package fr.pes21.contracts.events;

import java.time.LocalDate;

/**
 * A registration was cancelled (by the registrant or staff); {@code factId} is its own
 * id.
 */
public record RegistrationCancelled(String factId, String registrationId, String eventId,
		LocalDate occurredOn) implements EventFact {

	@Override
	public String subject() {
		return eventId;
	}

}
