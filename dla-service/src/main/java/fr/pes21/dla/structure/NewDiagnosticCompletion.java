package fr.pes21.dla.structure;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/dla/diagnostics/{id}/completion}. */
record NewDiagnosticCompletion(@Schema(example = "2023-06-20") @NotNull LocalDate date) {

}
