package fr.pes21.dla.structure;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/dla/structures/{id}/diagnostics}. */
record NewDiagnostic(@Schema(example = "2023-04-12") @NotNull LocalDate startedOn,
		@Schema(description = "When given, the diagnostic is completed on that day",
				example = "2023-06-20") LocalDate completedOn,
		@ArraySchema(arraySchema = @Schema(description = "The needs the diagnostic found",
				example = "[\"Stratégie commerciale\", \"Modèle économique\"]")) @Size(
						max = 30) List<@NotBlank @Size(max = 200) String> needs) {

}
