package fr.pes21.contracts.events;

import java.time.LocalDate;

/**
 * A waitlisted registration was confirmed because a place was freed; {@code factId} is
 * its own id.
 */
public record RegistrationMovedUp(String factId, String registrationId, String eventId,
		LocalDate occurredOn) implements EventFact {

	@Override
	public String subject() {
		return eventId;
	}

}
