package fr.pes21.contracts.territory;

import java.time.LocalDate;

/**
 * A steering meeting ("comité de pilotage") of an initiative was held; {@code factId} is
 * the meeting id.
 */
public record SteeringMeetingHeld(String factId, String initiativeId, String territoryId,
		LocalDate occurredOn) implements TerritoryFact {

	@Override
	public String subject() {
		return initiativeId;
	}

}
