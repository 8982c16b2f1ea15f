package fr.pes21.territory.territory;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/territories/{id}/needs}. */
record NewNeed(
		@Schema(example = "Réemploi et réparation des objets du quotidien") @NotBlank @Size(max = 300) String title,
		@Schema(example = "2023-03-21") @NotNull LocalDate identifiedOn) {

}
