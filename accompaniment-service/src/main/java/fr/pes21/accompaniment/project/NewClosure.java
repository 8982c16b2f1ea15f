package fr.pes21.accompaniment.project;

import java.time.LocalDate;

import fr.pes21.contracts.accompaniment.ClosureOutcome;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/accompaniment/projects/{id}/closure}. */
record NewClosure(@Schema(example = "2024-12-20") @NotNull LocalDate date,
		@Schema(example = "CREATED") @NotNull ClosureOutcome outcome) {

}
