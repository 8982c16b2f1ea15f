package fr.pes21.accompaniment.project;

import java.time.LocalDate;

import fr.pes21.contracts.accompaniment.MeetingKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/accompaniment/projects/{id}/meetings}. */
record NewMeeting(@Schema(example = "2024-03-12") @NotNull LocalDate date,
		@Schema(example = "FOLLOW_UP") @NotNull MeetingKind kind,
		@Schema(description = "Free text; may speak of the holders (shown to STAFF and ADMIN only)",
				example = "Prévisionnel financier revu ensemble.") @Size(max = 5000) String notes) {

}
