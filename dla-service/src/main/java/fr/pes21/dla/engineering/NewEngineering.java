package fr.pes21.dla.engineering;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/dla/engineerings}. How many structures a kind takes is a rule
 * of the engineering (422), not a matter of form.
 */
record NewEngineering(@NotNull EngineeringKind kind, @NotBlank @Size(max = 300) String topic,
		@NotBlank @Size(max = 200) String consultant, @NotNull @Positive @DecimalMax("1000") Double days,
		@NotNull LocalDate startedOn, @NotNull @Size(max = 200) List<@NotBlank @Size(max = 100) String> structureIds) {

}
