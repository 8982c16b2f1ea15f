package fr.pes21.territory.territory;

import fr.pes21.contracts.territory.TerritoryKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/territories}; {@code department} is the département's code
 * ("21", "2A", "974"), as the {@code TerritoryRegistered} schema takes it.
 */
record NewTerritory(
		@Schema(example = "Communauté de communes Ouche et Montagne") @NotBlank @Size(max = 200) String name,
		@Schema(example = "EPCI") @NotNull TerritoryKind kind,
		@Schema(description = "The département's code", example = "21") @NotNull @Pattern(
				regexp = "\\d{2}|2A|2B|\\d{3}",
				message = "must be a département code: two digits, 2A, 2B or three digits") String department) {

}
