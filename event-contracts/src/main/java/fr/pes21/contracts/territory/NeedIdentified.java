package fr.pes21.contracts.territory;

import java.time.LocalDate;

/**
 * An unmet need was identified on a territory; {@code factId} is the need id.
 */
public record NeedIdentified(String factId, String needId, String territoryId,
		LocalDate occurredOn) implements TerritoryFact {

	@Override
	public String subject() {
		return territoryId;
	}

}
