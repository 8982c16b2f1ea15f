package fr.pes21.dla.structure;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/dla/structures/{id}/welcome}. */
record NewWelcome(@Schema(description = "The day of the welcome", example = "2023-03-14") @NotNull LocalDate date) {

}
