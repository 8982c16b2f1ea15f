package fr.pes21.dla.engineering;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/dla/engineerings/{id}/participants}: {@code joinedOn}, the day
 * the structure took part from, is optional (the engineering's start). {@code date}, its
 * former name, is still read.
 */
record NewParticipant(
		@Schema(example = "6f1c2a9e-3b7d-4c55-9a0e-2d4b8f7e1a20") @NotBlank @Size(max = 100) String structureId,
		@Schema(description = "The day the structure took part from, never before the engineering's start; "
				+ "without it, the engineering's start (`date`, its former name, is still read)",
				example = "2024-07-02") @JsonAlias("date") LocalDate joinedOn) {

}
