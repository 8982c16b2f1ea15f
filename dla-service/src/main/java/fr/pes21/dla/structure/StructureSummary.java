package fr.pes21.dla.structure;

import java.time.LocalDate;

/**
 * A structure as the list {@code GET /api/dla/structures} shows it; {@code welcomedOn} is
 * the date of its latest welcome (a structure can come back for a new pathway).
 */
record StructureSummary(String id, String name, String legalForm, String commune, String siret, Double employeesFte,
		LocalDate welcomedOn, int diagnostics, int followUps) {

	static StructureSummary of(Structure structure) {
		return new StructureSummary(structure.id(), structure.name(), structure.legalForm(), structure.commune(),
				structure.siret(), structure.employeesFte(), structure.latestWelcome().map(Welcome::date).orElse(null),
				structure.activeDiagnostics().size(), structure.activeFollowUps().size());
	}

}
