package fr.pes21.territory.initiative;

import java.util.List;

import fr.pes21.territory.territory.InitiativeOfTerritory;
import fr.pes21.territory.territory.TerritoryInitiatives;

import org.springframework.stereotype.Component;

/** The initiatives born on a territory, for its page and its withdrawal rules. */
@Component
class InitiativesOnTerritory implements TerritoryInitiatives {

	private final InitiativeRepository initiatives;

	InitiativesOnTerritory(InitiativeRepository initiatives) {
		this.initiatives = initiatives;
	}

	@Override
	public List<InitiativeOfTerritory> of(String territoryId) {
		return this.initiatives.findByTerritoryIdAndRecordedWithdrawnAtIsNull(territoryId)
			.stream()
			.map((initiative) -> new InitiativeOfTerritory(initiative.id(), initiative.name(), initiative.needId(),
					initiative.startedOn(), initiative.stage()))
			.toList();
	}

}
