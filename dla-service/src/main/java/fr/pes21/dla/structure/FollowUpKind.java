package fr.pes21.dla.structure;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a follow-up meeting follows. */
@Schema(description = "What a follow-up meeting follows: POST_ENGINEERING, the suivi post-ingénierie")
enum FollowUpKind {

	/**
	 * The "suivi post-ingénierie": after an engineering, a meeting to see how the
	 * structure carries on.
	 */
	POST_ENGINEERING

}
