package fr.pes21.dla.structure;

import java.time.LocalDate;

/** A structure as the list {@code GET /api/dla/structures} shows it. */
record StructureSummary(String id, String name, String legalForm, String commune, String siret, Double employeesFte,
		LocalDate welcomedOn, int diagnostics, int followUps) {

	static StructureSummary of(Structure structure) {
		return new StructureSummary(structure.id(), structure.name(), structure.legalForm(), structure.commune(),
				structure.siret(), structure.employeesFte(), structure.isWelcomed() ? structure.welcome().date() : null,
				structure.activeDiagnostics().size(), structure.activeFollowUps().size());
	}

}
