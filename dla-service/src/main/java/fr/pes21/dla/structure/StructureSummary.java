package fr.pes21.dla.structure;

import java.time.LocalDate;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A structure as the list {@code GET /api/dla/structures} shows it; {@code welcomedOn} is
 * the date of its latest welcome (a structure can come back for a new pathway).
 */
record StructureSummary(String id, String name, String legalForm, String commune, @Schema(nullable = true) String siret,
		@Schema(nullable = true) Double employeesFte,
		@Schema(nullable = true, description = "The date of its latest welcome") LocalDate welcomedOn,
		@Schema(description = "Active diagnostics") int diagnostics,
		@Schema(description = "Active follow-up meetings") int followUps) {

	static StructureSummary of(Structure structure) {
		return new StructureSummary(structure.id(), structure.name(), structure.legalForm(), structure.commune(),
				structure.siret(), structure.employeesFte(), structure.latestWelcome().map(Welcome::date).orElse(null),
				structure.activeDiagnostics().size(), structure.activeFollowUps().size());
	}

}
