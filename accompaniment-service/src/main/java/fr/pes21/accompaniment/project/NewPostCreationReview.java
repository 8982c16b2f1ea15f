package fr.pes21.accompaniment.project;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/accompaniment/projects/{id}/post-creation-reviews}. */
record NewPostCreationReview(@Schema(example = "2024-12-10") @NotNull LocalDate date,
		@Schema(description = "Free text; may speak of the holders (shown to STAFF and ADMIN only)",
				example = "Premier bilan à trois mois : activité lancée.") @Size(max = 5000) String notes) {

}
