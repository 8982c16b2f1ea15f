package fr.pes21.reporting.facts;

import java.util.Set;

/**
 * Told which years of business dates a batch of facts touches, before and after it is
 * stored: what a live view of the figures needs to know what may have changed.
 */
public interface ProjectedYears {

	/** Before the batch is stored: the years its facts count in. */
	void projecting(Set<Integer> years);

	/** After the batch is stored. */
	void projected(Set<Integer> years);

}
