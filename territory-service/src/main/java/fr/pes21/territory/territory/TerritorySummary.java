package fr.pes21.territory.territory;

import java.time.LocalDate;

import fr.pes21.contracts.territory.TerritoryKind;

/** A territory as the list {@code GET /api/territories} shows it. */
record TerritorySummary(String id, String name, TerritoryKind kind, String department, LocalDate registeredOn,
		int needs) {

	static TerritorySummary of(Territory territory) {
		return new TerritorySummary(territory.id(), territory.name(), territory.kind(), territory.department(),
				territory.registeredOn(), territory.activeNeeds().size());
	}

}
