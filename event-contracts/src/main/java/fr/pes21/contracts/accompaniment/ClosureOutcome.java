package fr.pes21.contracts.accompaniment;

/** How an accompaniment ended. */
public enum ClosureOutcome {

	CREATED, ABANDONED, REDIRECTED

}
