package fr.pes21.contracts.territory;

import java.time.LocalDate;

import fr.pes21.contracts.Withdrawal;

/**
 * A {@link NeedIdentified} was withdrawn.
 */
public record NeedWithdrawn(String factId, String needId, String territoryId,
		LocalDate occurredOn) implements TerritoryFact, Withdrawal {

	@Override
	public String subject() {
		return territoryId;
	}

}
