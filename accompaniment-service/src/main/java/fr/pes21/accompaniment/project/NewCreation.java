package fr.pes21.accompaniment.project;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/accompaniment/projects/{id}/creation}. */
record NewCreation(@NotNull LocalDate date, @NotBlank @Size(max = 100) String legalForm,
		@NotNull @Min(0) @Max(10_000) Integer jobsCreated) {

}
