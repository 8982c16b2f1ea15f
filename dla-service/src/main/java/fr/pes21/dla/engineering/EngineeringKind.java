package fr.pes21.dla.engineering;

import io.swagger.v3.oas.annotations.media.Schema;

/** Who an engineering is for. */
@Schema(description = "INDIVIDUAL (ingénierie individuelle): exactly one structure; COLLECTIVE (ingénierie "
		+ "collective): two or more")
enum EngineeringKind {

	/** "Ingénierie individuelle": a consultant works with exactly one structure. */
	INDIVIDUAL,

	/**
	 * "Ingénierie collective": a consultant works with two or more structures on a shared
	 * topic.
	 */
	COLLECTIVE

}
