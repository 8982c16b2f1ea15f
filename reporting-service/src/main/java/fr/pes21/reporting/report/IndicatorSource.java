package fr.pes21.reporting.report;

import java.time.Instant;
import java.util.Optional;

/**
 * A read model that counts some of the {@link Indicator}s from the facts it consumed: one
 * per producing context (accompaniment, dla, territory, events).
 */
public interface IndicatorSource {

	/**
	 * Puts into {@code figures} the values of its indicators for the year of business
	 * dates {@code year}.
	 */
	void count(int year, Figures figures);

	/**
	 * Puts into {@code figures} the values of the indicators of one context
	 * ({@code dla}...) for the year {@code year}: at least those, all of them by default.
	 */
	default void count(int year, String context, Figures figures) {
		count(year, figures);
	}

	/** The CloudEvents time of the latest fact it consumed, if any. */
	Optional<Instant> lastEventAt();

}
