package fr.pes21.dla.engineering;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/dla/engineerings/{id}/completion}. */
record NewEngineeringCompletion(@Schema(example = "2024-01-15") @NotNull LocalDate date) {

}
