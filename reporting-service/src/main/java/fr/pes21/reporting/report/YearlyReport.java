package fr.pes21.reporting.report;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The indicators of one year, as {@code GET /api/reports/years/{year}} answers them.
 *
 * @param year the year of business dates
 * @param indicators every key of {@link Indicator}, in report order
 * @param lastEventAt the CloudEvents time of the latest fact consumed, {@code null}
 * before the first
 */
record YearlyReport(int year, Map<String, Long> indicators,
		@JsonInclude(JsonInclude.Include.ALWAYS) Instant lastEventAt) {
}
