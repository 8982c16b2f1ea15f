package fr.pes21.reporting.dla;

/**
 * What a stored DLA fact records, whether it arrived as the fact or as its withdrawal.
 */
enum DlaFactKind {

	/** A welcome ("accueil") of a structure. */
	WELCOME,

	/** The completion of a shared diagnostic ("diagnostic partagé"). */
	DIAGNOSTIC_COMPLETION,

	/** The start of an individual engineering ("ingénierie individuelle"). */
	INDIVIDUAL_ENGINEERING,

	/**
	 * The start of a collective engineering ("ingénierie collective") with its first
	 * participants.
	 */
	COLLECTIVE_ENGINEERING,

	/** A structure added to a collective engineering after its start. */
	COLLECTIVE_PARTICIPATION,

	/** A post-engineering follow-up meeting ("suivi post-ingénierie"). */
	POST_ENGINEERING_FOLLOW_UP,

	/** The completion of an engineering ("bilan"); counted by no indicator. */
	ENGINEERING_COMPLETION

}
