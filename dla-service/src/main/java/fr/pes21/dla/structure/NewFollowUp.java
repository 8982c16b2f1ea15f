package fr.pes21.dla.structure;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/dla/structures/{id}/follow-ups}. */
record NewFollowUp(@Schema(example = "2024-02-08") @NotNull LocalDate date, @NotNull FollowUpKind kind) {

}
