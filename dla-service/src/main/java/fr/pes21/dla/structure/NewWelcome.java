package fr.pes21.dla.structure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/dla/structures/{id}/welcome}. */
record NewWelcome(@NotNull LocalDate date) {

}
