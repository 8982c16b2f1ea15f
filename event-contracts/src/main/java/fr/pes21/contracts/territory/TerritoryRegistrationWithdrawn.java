package fr.pes21.contracts.territory;

import java.time.LocalDate;

import fr.pes21.contracts.Withdrawal;

/**
 * A {@link TerritoryRegistered} was withdrawn.
 */
public record TerritoryRegistrationWithdrawn(String factId, String territoryId,
		LocalDate occurredOn) implements TerritoryFact, Withdrawal {

	@Override
	public String subject() {
		return territoryId;
	}

}
