package fr.pes21.territory.territory;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/territories/{id}/needs}. */
record NewNeed(@NotBlank @Size(max = 300) String title, @NotNull LocalDate identifiedOn) {

}
