package fr.pes21.accompaniment.project;

import java.time.LocalDate;

import fr.pes21.contracts.accompaniment.MeetingKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/accompaniment/projects/{id}/meetings}. */
record NewMeeting(@NotNull LocalDate date, @NotNull MeetingKind kind, @Size(max = 5000) String notes) {

}
