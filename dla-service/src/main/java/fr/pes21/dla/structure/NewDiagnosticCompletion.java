package fr.pes21.dla.structure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/dla/diagnostics/{id}/completion}. */
record NewDiagnosticCompletion(@NotNull LocalDate date) {

}
