package fr.pes21.territory.initiative;

import java.time.LocalDate;

import fr.pes21.contracts.territory.MilestoneKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/initiatives/{id}/milestones}. */
record NewMilestone(@NotNull MilestoneKind kind, @NotNull LocalDate date, @NotBlank @Size(max = 300) String label) {

}
