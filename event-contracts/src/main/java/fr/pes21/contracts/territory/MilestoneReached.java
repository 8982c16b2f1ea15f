package fr.pes21.contracts.territory;

import java.time.LocalDate;

/**
 * An initiative reached a milestone; {@code factId} is the milestone id. Its label stays
 * in territory-service.
 */
public record MilestoneReached(String factId, String initiativeId, String territoryId, MilestoneKind kind,
		LocalDate occurredOn) implements TerritoryFact {

	@Override
	public String subject() {
		return initiativeId;
	}

}
