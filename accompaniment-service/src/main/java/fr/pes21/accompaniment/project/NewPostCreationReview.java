package fr.pes21.accompaniment.project;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/accompaniment/projects/{id}/post-creation-reviews}. */
record NewPostCreationReview(@NotNull LocalDate date, @Size(max = 5000) String notes) {

}
