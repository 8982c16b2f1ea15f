package fr.pes21.reporting.facts;

import java.util.Set;

/**
 * Told which years of business dates a batch of one context's facts touches, before and
 * after it is stored: what a live view of the figures needs to know what may have
 * changed. A context's facts move that context's indicators only.
 */
public interface ProjectedYears {

	/**
	 * Before the batch is stored: the years whose figures its facts may move
	 * ({@link ReadModel#years}).
	 * @param context the context of the facts ({@code dla}...)
	 */
	void projecting(String context, Set<Integer> years);

	/** After the batch is stored. */
	void projected(String context, Set<Integer> years);

}
