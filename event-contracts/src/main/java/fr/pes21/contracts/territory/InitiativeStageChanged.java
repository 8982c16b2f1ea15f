package fr.pes21.contracts.territory;

import java.time.LocalDate;

/**
 * An initiative moved to its next stage, or stopped; {@code factId} is the stage change
 * id. {@code jobs} is declared when the stage is LAUNCHED (activity opened).
 */
public record InitiativeStageChanged(String factId, String initiativeId, String territoryId, InitiativeStage stage,
		InitiativeStage previousStage, LocalDate occurredOn, Integer jobs) implements TerritoryFact {

	@Override
	public String subject() {
		return initiativeId;
	}

}
