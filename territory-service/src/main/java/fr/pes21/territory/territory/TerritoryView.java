package fr.pes21.territory.territory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.pes21.contracts.territory.InitiativeStage;
import fr.pes21.contracts.territory.TerritoryKind;
import fr.pes21.platform.audit.AuditFields;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A territory as {@code GET /api/territories/{id}} shows it: what it is, its active needs
 * and the initiatives born on it with their current stage, each with its URL
 * ({@code path}). Who recorded the territory and its needs, and when (the audit fields),
 * is shown to STAFF and ADMIN only.
 */
record TerritoryView(String id, String name, TerritoryKind kind, String department, LocalDate registeredOn,
		List<NeedView> needs, List<InitiativeView> initiatives, @JsonUnwrapped AuditFields audit) {

	/** Where an initiative's own URL begins (served by the initiative feature). */
	private static final String INITIATIVES = "/api/initiatives";

	static TerritoryView of(Territory territory, List<InitiativeOfTerritory> initiatives, boolean withAudit) {
		return new TerritoryView(territory.id(), territory.name(), territory.kind(), territory.department(),
				territory.registeredOn(),
				territory.activeNeeds()
					.stream()
					.sorted(Comparator.comparing(Need::identifiedOn))
					.map((need) -> NeedView.of(territory, need, withAudit))
					.toList(),
				initiatives.stream()
					.sorted(Comparator.comparing(InitiativeOfTerritory::startedOn))
					.map(InitiativeView::of)
					.toList(),
				AuditFields.of(territory.recorded(), withAudit));
	}

	record NeedView(String id, String territoryId, String title, LocalDate identifiedOn, String path,
			@JsonUnwrapped AuditFields audit) {

		static NeedView of(Territory territory, Need need, boolean withAudit) {
			return new NeedView(need.id(), territory.id(), need.title(), need.identifiedOn(),
					TerritoryController.TERRITORIES + "/" + territory.id() + "/needs/" + need.id(),
					AuditFields.of(need.recorded(), withAudit));
		}

	}

	@Schema(name = "TerritoryInitiative", description = "An initiative born on the territory, with its current stage")
	record InitiativeView(String id, String name, @Schema(nullable = true) String needId, LocalDate startedOn,
			InitiativeStage stage, String path) {

		static InitiativeView of(InitiativeOfTerritory initiative) {
			return new InitiativeView(initiative.initiativeId(), initiative.name(), initiative.needId(),
					initiative.startedOn(), initiative.stage(), INITIATIVES + "/" + initiative.initiativeId());
		}

	}

}
