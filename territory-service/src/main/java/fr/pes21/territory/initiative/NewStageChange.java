package fr.pes21.territory.initiative;

import java.time.LocalDate;

import fr.pes21.contracts.territory.InitiativeStage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Body of {@code POST /api/initiatives/{id}/stage}. A negative {@code jobs} is a matter
 * of form (400); {@code jobs} given with a stage other than LAUNCHED is a rule of the
 * initiative (422).
 */
record NewStageChange(@NotNull InitiativeStage stage, @NotNull LocalDate date,
		@PositiveOrZero @Max(100_000) Integer jobs) {

}
