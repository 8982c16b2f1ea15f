package fr.pes21.contracts.territory;

import java.time.LocalDate;

import fr.pes21.contracts.Withdrawal;

/**
 * An {@link InitiativeStarted} was withdrawn (with every fact recorded on the initiative,
 * each withdrawn first).
 */
public record InitiativeWithdrawn(String factId, String initiativeId, String territoryId,
		LocalDate occurredOn) implements TerritoryFact, Withdrawal {

	@Override
	public String subject() {
		return initiativeId;
	}

}
