package fr.pes21.accompaniment.project;

import java.time.LocalDate;

import fr.pes21.contracts.accompaniment.ClosureOutcome;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/accompaniment/projects/{id}/closure}. */
record NewClosure(@NotNull LocalDate date, @NotNull ClosureOutcome outcome) {

}
