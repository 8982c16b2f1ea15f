package fr.pes21.dla.engineering;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/dla/engineerings}. How many structures a kind takes is a rule
 * of the engineering (422), not a matter of form.
 */
record NewEngineering(@Schema(example = "COLLECTIVE") @NotNull EngineeringKind kind,
		@Schema(example = "Définir une stratégie commerciale, éthique et solidaire") @NotBlank @Size(
				max = 300) String topic,
		@Schema(example = "Cabinet 3ème Élément") @NotBlank @Size(max = 200) String consultant,
		@Schema(description = "Consultant days", example = "4") @NotNull @Positive @DecimalMax("1000") Double days,
		@Schema(example = "2024-06-18") @NotNull LocalDate startedOn,
		@ArraySchema(arraySchema = @Schema(
				description = "The structures taking part: one for INDIVIDUAL, two or more for COLLECTIVE",
				example = "[\"6f1c2a9e-3b7d-4c55-9a0e-2d4b8f7e1a20\", \"0b7e5c3d-9a41-4f2e-8d6c-5e3a1b9f7c42\"]")) @NotNull @Size(
						max = 200) List<@NotBlank @Size(max = 100) String> structureIds) {

}
