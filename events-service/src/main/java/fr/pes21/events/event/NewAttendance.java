package fr.pes21.events.event;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Body of {@code POST /api/events/{id}/attendance}: how many people came. */
record NewAttendance(@Schema(example = "140") @NotNull @PositiveOrZero @Max(1_000_000) Integer count) {

}
