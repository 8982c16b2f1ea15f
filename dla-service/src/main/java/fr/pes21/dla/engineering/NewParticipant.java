package fr.pes21.dla.engineering;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/dla/engineerings/{id}/participants}; {@code date}, the day the
 * structure joined, is optional (the day it is recorded, or the engineering's start if
 * that is later).
 */
record NewParticipant(
		@Schema(example = "6f1c2a9e-3b7d-4c55-9a0e-2d4b8f7e1a20") @NotBlank @Size(max = 100) String structureId,
		@Schema(description = "The day the structure joined; without it, the engineering's start (or today if later)",
				example = "2024-07-02") LocalDate date) {

}
