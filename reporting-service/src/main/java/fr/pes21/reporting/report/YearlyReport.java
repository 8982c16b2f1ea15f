package fr.pes21.reporting.report;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The indicators of one year, as {@code GET /api/reports/years/{year}} answers them.
 *
 * @param year the year of business dates
 * @param indicators every key of {@link Indicator}, in report order
 * @param lastEventAt the CloudEvents time of the latest fact consumed, {@code null}
 * before the first
 */
record YearlyReport(@Schema(example = "2024") int year, @Schema(
		description = "Every indicator key, in report order, with its value",
		example = "{\"dla.structuresWelcomed\": 28, \"dla.beneficiaryStructures\": 46, \"accompaniment.projectsAccompanied.BENEFICE_CREA\": 24, \"events.held.CLUB_EVENING\": 4}") Map<String, Long> indicators,
		@Schema(nullable = true,
				description = "The time of the latest fact counted; null before the first") @JsonInclude(JsonInclude.Include.ALWAYS) Instant lastEventAt) {
}
