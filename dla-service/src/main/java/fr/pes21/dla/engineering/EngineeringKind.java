package fr.pes21.dla.engineering;

/** Who an engineering is for. */
enum EngineeringKind {

	/** "Ingénierie individuelle": a consultant works with exactly one structure. */
	INDIVIDUAL,

	/**
	 * "Ingénierie collective": a consultant works with two or more structures on a shared
	 * topic.
	 */
	COLLECTIVE

}
