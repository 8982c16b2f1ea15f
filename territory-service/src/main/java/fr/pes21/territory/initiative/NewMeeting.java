package fr.pes21.territory.initiative;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/initiatives/{id}/meetings}. */
record NewMeeting(@NotNull LocalDate date, @NotNull MeetingKind kind) {

}
