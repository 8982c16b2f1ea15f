package fr.pes21.events.event;

import java.time.OffsetDateTime;
import java.util.List;

import fr.pes21.contracts.events.EventKind;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
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
record NewEvent(
		@Schema(example = "Construire une stratégie marketing efficace") @NotBlank @Size(max = 200) String title,
		@Schema(example = "CLUB_EVENING") @NotNull EventKind kind,
		@Schema(description = "With its offset; its day in Europe/Paris is the event's business date",
				example = "2024-09-26T18:30:00+02:00") @NotNull OffsetDateTime startsAt,
		@Schema(example = "Tache Papier, Dijon") @Size(max = 200) String venue,
		@Schema(description = "Places; unlimited when absent", example = "40") @Min(1) @Max(100_000) Integer capacity,
		@ArraySchema(arraySchema = @Schema(example = "[\"SASTI BFC\", \"Adie\"]")) @Size(
				max = 20) List<@NotBlank @Size(max = 200) String> partners) {

}
