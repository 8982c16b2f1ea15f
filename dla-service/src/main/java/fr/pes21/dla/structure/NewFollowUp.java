package fr.pes21.dla.structure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/dla/structures/{id}/follow-ups}. */
record NewFollowUp(@NotNull LocalDate date, @NotNull FollowUpKind kind) {

}
