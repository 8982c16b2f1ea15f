package fr.pes21.territory.initiative;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/initiatives/{id}/meetings}. */
record NewMeeting(@Schema(example = "2024-01-25") @NotNull LocalDate date,
		@Schema(example = "STEERING") @NotNull MeetingKind kind) {

}
