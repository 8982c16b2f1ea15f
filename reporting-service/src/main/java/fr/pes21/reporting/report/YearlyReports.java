package fr.pes21.reporting.report;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Builds a year's report from every {@link IndicatorSource}, computed from the stored
 * facts on each request.
 */
@Component
public class YearlyReports {

	private final List<IndicatorSource> sources;

	public YearlyReports(List<IndicatorSource> sources) {
		this.sources = sources;
	}

	/** Every key of the year's report and its value, in report order. */
	public Map<String, Long> indicators(int year) {
		Figures figures = new Figures();
		this.sources.forEach((source) -> source.count(year, figures));
		return figures.asMap();
	}

	/**
	 * Every key of one context ({@code dla}...) in the year's report and its value, in
	 * report order: what the context's facts can move.
	 */
	public Map<String, Long> indicators(int year, String context) {
		Figures figures = new Figures();
		this.sources.forEach((source) -> source.count(year, context, figures));
		Map<String, Long> ofContext = new LinkedHashMap<>();
		figures.asMap().forEach((key, value) -> {
			if (key.startsWith(context + ".")) {
				ofContext.put(key, value);
			}
		});
		return ofContext;
	}

	YearlyReport of(int year) {
		Figures figures = new Figures();
		this.sources.forEach((source) -> source.count(year, figures));
		Instant lastEventAt = this.sources.stream()
			.map(IndicatorSource::lastEventAt)
			.flatMap(Optional::stream)
			.max(Comparator.naturalOrder())
			.orElse(null);
		return new YearlyReport(year, figures.asMap(), lastEventAt);
	}

}
