package fr.pes21.reporting.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one year while they are counted: every key of {@link Indicator} present
 * from the start (0 until counted), in report order; the {@code .total} of an indicator
 * with a breakdown always sums its segments.
 */
public final class Figures {

	private final Map<String, Long> values = new LinkedHashMap<>();

	public Figures() {
		Indicator.allKeys().forEach((key) -> this.values.put(key, 0L));
	}

	/**
	 * Sets the value of one segment (a programme, a kind) and the indicator's total with
	 * it.
	 */
	public void put(Indicator indicator, Enum<?> segment, long value) {
		this.values.put(indicator.key(segment), value);
		long total = indicator.segments()
			.stream()
			.mapToLong((name) -> this.values.get(indicator.key() + "." + name))
			.sum();
		this.values.put(indicator.totalKey(), total);
	}

	/** Sets the value of an indicator without breakdown. */
	public void put(Indicator indicator, long value) {
		if (!indicator.segments().isEmpty()) {
			throw new IllegalArgumentException(indicator.key() + " is counted per segment");
		}
		this.values.put(indicator.key(), value);
	}

	/** The value of a key of the report, e.g. {@code accompaniment.jobsCreated.total}. */
	public long get(String key) {
		Long value = this.values.get(key);
		if (value == null) {
			throw new IllegalArgumentException("No indicator key " + key);
		}
		return value;
	}

	/** Every key and its value, in report order. */
	public Map<String, Long> asMap() {
		return Collections.unmodifiableMap(new LinkedHashMap<>(this.values));
	}

}
