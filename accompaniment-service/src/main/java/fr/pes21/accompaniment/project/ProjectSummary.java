package fr.pes21.accompaniment.project;

import java.time.LocalDate;

import fr.pes21.contracts.accompaniment.Programme;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A project as the list {@code GET /api/accompaniment/projects} shows it: no personal
 * data.
 */
record ProjectSummary(String id, String name, Programme programme, LocalDate welcomedOn, String commune,
		@Schema(nullable = true) String sector, @Schema(description = "Active meetings") int meetings,
		@Schema(nullable = true) LocalDate structureCreatedOn, @Schema(nullable = true) LocalDate closedOn) {

	static ProjectSummary of(Project project) {
		return new ProjectSummary(project.id(), project.name(), project.programme(), project.welcomedOn(),
				project.commune(), project.sector(), project.activeMeetings().size(),
				project.hasActiveCreation() ? project.creation().date() : null,
				project.isClosed() ? project.closure().date() : null);
	}

}
