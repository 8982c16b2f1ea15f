package fr.pes21.contracts.territory;

import java.time.LocalDate;

import fr.pes21.contracts.Withdrawal;

/**
 * A {@link MilestoneReached} was withdrawn.
 */
public record MilestoneWithdrawn(String factId, String initiativeId, String territoryId,
		LocalDate occurredOn) implements TerritoryFact, Withdrawal {

	@Override
	public String subject() {
		return initiativeId;
	}

}
