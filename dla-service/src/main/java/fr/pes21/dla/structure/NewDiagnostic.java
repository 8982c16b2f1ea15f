package fr.pes21.dla.structure;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/dla/structures/{id}/diagnostics}. */
record NewDiagnostic(@NotNull LocalDate startedOn, LocalDate completedOn,
		@Size(max = 30) List<@NotBlank @Size(max = 200) String> needs) {

}
