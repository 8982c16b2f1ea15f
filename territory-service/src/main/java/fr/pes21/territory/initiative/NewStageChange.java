package fr.pes21.territory.initiative;

import java.time.LocalDate;

import fr.pes21.contracts.territory.InitiativeStage;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Body of {@code POST /api/initiatives/{id}/stage}. A negative {@code jobs} is a matter
 * of form (400); {@code jobs} given with a stage other than LAUNCHED is a rule of the
 * initiative (422).
 */
record NewStageChange(@Schema(example = "LAUNCHED") @NotNull InitiativeStage stage,
		@Schema(example = "2024-06-03") @NotNull LocalDate date,
		@Schema(description = "Jobs declared when it is LAUNCHED (0 when absent)",
				example = "1") @PositiveOrZero @Max(100_000) Integer jobs) {

}
