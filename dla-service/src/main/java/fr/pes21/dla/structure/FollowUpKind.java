package fr.pes21.dla.structure;

/** What a follow-up meeting follows. */
enum FollowUpKind {

	/**
	 * The "suivi post-ingénierie": after an engineering, a meeting to see how the
	 * structure carries on.
	 */
	POST_ENGINEERING

}
