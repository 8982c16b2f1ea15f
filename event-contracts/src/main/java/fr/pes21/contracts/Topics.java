package fr.pes21.contracts;

/**
 * Topic names: one per producing context ({@code pes21.<context>.events}), dead letters
 * beside it.
 */
public final class Topics {

	public static final String ACCOMPANIMENT = of("accompaniment");

	public static final String DLA = of("dla");

	public static final String TERRITORY = of("territory");

	/**
	 * The events context's topic: the rule {@code pes21.<context>.events} applied as is
	 * (decision 8).
	 */
	public static final String EVENTS = of("events");

	private Topics() {
	}

	public static String of(String context) {
		return "pes21." + context + ".events";
	}

	public static String deadLetters(String topic) {
		return topic + ".dlq";
	}

}
