package fr.pes21.contracts.territory;

import java.time.LocalDate;

import fr.pes21.contracts.Withdrawal;

/**
 * An {@link InitiativeStageChanged} was withdrawn: the correction of a stage entered by
 * mistake; the initiative is back at the previous stage.
 */
public record InitiativeStageChangeWithdrawn(String factId, String initiativeId, String territoryId,
		InitiativeStage stage, LocalDate occurredOn) implements TerritoryFact, Withdrawal {

	@Override
	public String subject() {
		return initiativeId;
	}

}
