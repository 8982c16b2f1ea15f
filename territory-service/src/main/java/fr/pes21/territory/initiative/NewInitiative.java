package fr.pes21.territory.initiative;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/territories/{id}/initiatives}; {@code needId}, optional, names
 * an active need of that territory.
 */
record NewInitiative(@Schema(example = "La Boucle, recyclerie de Sombernon") @NotBlank @Size(max = 200) String name,
		@Schema(description = "An active need of the territory it was born from",
				example = "3d9b6f0e-1c2a-4e7b-9f5d-8a6c4b2e0d13") @Size(min = 1, max = 100) String needId,
		@Schema(description = "The founding general assembly", example = "2023-12-02") @NotNull LocalDate startedOn) {

}
