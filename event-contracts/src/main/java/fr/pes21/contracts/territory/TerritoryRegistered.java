package fr.pes21.contracts.territory;

import java.time.LocalDate;

/**
 * A territory (EPCI, commune, PETR, métropole) was registered; {@code factId} is the
 * territory id and {@code occurredOn} the day it was registered.
 */
public record TerritoryRegistered(String factId, String territoryId, TerritoryKind kind, String department,
		LocalDate occurredOn) implements TerritoryFact {

	@Override
	public String subject() {
		return territoryId;
	}

}
