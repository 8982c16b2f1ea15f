package fr.pes21.accompaniment.project;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/accompaniment/projects/{id}/creation}. */
record NewCreation(
		@Schema(description = "The day the structure was created (registered)",
				example = "2024-09-02") @NotNull LocalDate date,
		@Schema(example = "SCIC") @NotBlank @Size(max = 100) String legalForm,
		@Schema(description = "Jobs declared at creation",
				example = "1") @NotNull @Min(0) @Max(10_000) Integer jobsCreated) {

}
