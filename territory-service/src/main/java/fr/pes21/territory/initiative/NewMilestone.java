package fr.pes21.territory.initiative;

import java.time.LocalDate;

import fr.pes21.contracts.territory.MilestoneKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/initiatives/{id}/milestones}. */
record NewMilestone(@NotNull MilestoneKind kind, @Schema(example = "2024-10-19") @NotNull LocalDate date,
		@Schema(example = "Inauguration de La Boucle") @NotBlank @Size(max = 300) String label) {

}
