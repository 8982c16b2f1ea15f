package fr.pes21.reporting.live;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One indicator that changed, as an SSE event {@code indicator} carries it.
 *
 * @param year the year of business dates
 * @param key the indicator key
 * @param value its new value
 */
@Schema(description = "The data of an `indicator` event: one figure that changed")
public record LiveChange(@Schema(example = "2024") int year, @Schema(example = "dla.structuresWelcomed") String key,
		@Schema(example = "29") long value) {
}
