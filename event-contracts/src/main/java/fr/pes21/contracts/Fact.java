package fr.pes21.contracts;

import java.time.LocalDate;

/**
 * A fact a service publishes: something that happened in the association's work, named in
 * the past tense. It carries no personal data: only opaque ids, dates, kinds, programmes,
 * communes and counts.
 */
public interface Fact {

	/**
	 * Id of the recorded fact (the resource behind its URL); read models are keyed by it.
	 */
	String factId();

	/**
	 * The aggregate the fact belongs to; becomes the CloudEvents {@code subject} and the
	 * Kafka key.
	 */
	String subject();

	/**
	 * The business date: the day the thing happened in Europe/Paris, which decides its
	 * year.
	 */
	LocalDate occurredOn();

}
