package fr.pes21.dla.structure;

import java.time.LocalDate;
import io.swagger.v3.oas.annotations.media.Schema;

/** A structure as the list {@code GET /api/dla/structures} shows it. */
record StructureSummary(String id, String name, String legalForm, String commune, @Schema(nullable = true) String siret,
		@Schema(nullable = true) Double employeesFte, @Schema(nullable = true) LocalDate welcomedOn,
		@Schema(description = "Active diagnostics") int diagnostics,
		@Schema(description = "Active follow-up meetings") int followUps) {

	static StructureSummary of(Structure structure) {
		return new StructureSummary(structure.id(), structure.name(), structure.legalForm(), structure.commune(),
				structure.siret(), structure.employeesFte(), structure.isWelcomed() ? structure.welcome().date() : null,
				structure.activeDiagnostics().size(), structure.activeFollowUps().size());
	}

}
