package fr.pes21.reporting.facts;

import org.bson.Document;

/**
 * What a read model keeps of one fact or withdrawal: one document of its collection, as
 * its counting rules read it. Each context's row is a record with the same two
 * conversions, {@code of(<Context>Fact)} (what is kept of a fact, refusing with
 * {@link fr.pes21.contracts.MalformedFact} one that lacks what the rules need) and
 * {@code from(Document)} (a stored document read back), plus {@link #fields()}, what
 * {@code from} reads besides the kind, the date and the year.
 */
public interface FactRow {

	/** What the fact records: the context's kind, stored by name. */
	Enum<?> kind();

	/**
	 * The year of business dates the fact counts in (its business date's, unless the
	 * context's rules file it elsewhere).
	 */
	int year();

	/** Whether the fact was withdrawn: it no longer counts. */
	boolean withdrawn();

	/**
	 * The context's own fields of the document, written on the fact's first arrival
	 * ({@link ReadModel#describing}), under names other than those {@link FactCollection}
	 * writes.
	 */
	Document fields();

}
