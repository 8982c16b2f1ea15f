package fr.pes21.contracts.territory;

import java.time.LocalDate;

/**
 * An initiative was started on a territory, at the stage EMERGENCE, possibly from an
 * identified need; {@code factId} is the initiative id.
 */
public record InitiativeStarted(String factId, String initiativeId, String territoryId, String needId,
		LocalDate occurredOn) implements TerritoryFact {

	@Override
	public String subject() {
		return initiativeId;
	}

}
