package fr.pes21.dla.engineering;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/dla/engineerings/{id}/completion}. */
record NewEngineeringCompletion(@NotNull LocalDate date) {

}
