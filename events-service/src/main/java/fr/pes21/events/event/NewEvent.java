package fr.pes21.events.event;

import java.time.OffsetDateTime;
import java.util.List;

import fr.pes21.contracts.events.EventKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/events}. {@code startsAt} is an instant with its offset
 * ({@code 2024-11-05T18:30:00+01:00} or {@code ...Z}); a local time without offset is
 * ambiguous and refused. Without {@code capacity}, places are unlimited.
 */
record NewEvent(@NotBlank @Size(max = 200) String title, @NotNull EventKind kind, @NotNull OffsetDateTime startsAt,
		@Size(max = 200) String venue, @Min(1) @Max(100_000) Integer capacity,
		@Size(max = 20) List<@NotBlank @Size(max = 200) String> partners) {

}
