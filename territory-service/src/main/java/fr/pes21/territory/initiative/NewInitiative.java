package fr.pes21.territory.initiative;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/territories/{id}/initiatives}; {@code needId}, optional, names
 * an active need of that territory.
 */
record NewInitiative(@NotBlank @Size(max = 200) String name, @Size(min = 1, max = 100) String needId,
		@NotNull LocalDate startedOn) {

}
