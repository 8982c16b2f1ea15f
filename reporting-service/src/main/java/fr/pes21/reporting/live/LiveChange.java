package fr.pes21.reporting.live;

/**
 * One indicator that changed, as an SSE event {@code indicator} carries it.
 *
 * @param year the year of business dates
 * @param key the indicator key
 * @param value its new value
 */
public record LiveChange(int year, String key, long value) {
}
