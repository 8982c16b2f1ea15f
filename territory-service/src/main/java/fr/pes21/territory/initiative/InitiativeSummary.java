package fr.pes21.territory.initiative;

import java.time.LocalDate;

import fr.pes21.contracts.territory.InitiativeStage;
import io.swagger.v3.oas.annotations.media.Schema;

/** An initiative as the list {@code GET /api/initiatives} shows it. */
record InitiativeSummary(String id, String territoryId, @Schema(nullable = true) String needId, String name,
		LocalDate startedOn, InitiativeStage stage, LocalDate stageSince, @Schema(nullable = true) Integer jobs) {

	static InitiativeSummary of(Initiative initiative) {
		return new InitiativeSummary(initiative.id(), initiative.territoryId(), initiative.needId(), initiative.name(),
				initiative.startedOn(), initiative.stage(), initiative.stageSince(), initiative.jobs());
	}

}
