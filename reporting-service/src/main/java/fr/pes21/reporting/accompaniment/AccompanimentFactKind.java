package fr.pes21.reporting.accompaniment;

import java.util.Arrays;

import fr.pes21.contracts.accompaniment.AccompanimentFact;
import fr.pes21.contracts.accompaniment.AccompanimentMeetingHeld;
import fr.pes21.contracts.accompaniment.AccompanimentMeetingWithdrawn;
import fr.pes21.contracts.accompaniment.PostCreationReviewDone;
import fr.pes21.contracts.accompaniment.PostCreationReviewWithdrawn;
import fr.pes21.contracts.accompaniment.ProjectClosed;
import fr.pes21.contracts.accompaniment.ProjectClosureWithdrawn;
import fr.pes21.contracts.accompaniment.ProjectWelcomeWithdrawn;
import fr.pes21.contracts.accompaniment.ProjectWelcomed;
import fr.pes21.contracts.accompaniment.StructureCreated;
import fr.pes21.contracts.accompaniment.StructureCreationWithdrawn;

/**
 * What a stored accompaniment fact records, whether it arrived as the fact or as its
 * withdrawal.
 */
enum AccompanimentFactKind {

	WELCOME(ProjectWelcomed.class, ProjectWelcomeWithdrawn.class),

	MEETING(AccompanimentMeetingHeld.class, AccompanimentMeetingWithdrawn.class),

	STRUCTURE_CREATION(StructureCreated.class, StructureCreationWithdrawn.class),

	POST_CREATION_REVIEW(PostCreationReviewDone.class, PostCreationReviewWithdrawn.class),

	CLOSURE(ProjectClosed.class, ProjectClosureWithdrawn.class);

	private final Class<? extends AccompanimentFact> fact;

	private final Class<? extends AccompanimentFact> withdrawal;

	AccompanimentFactKind(Class<? extends AccompanimentFact> fact, Class<? extends AccompanimentFact> withdrawal) {
		this.fact = fact;
		this.withdrawal = withdrawal;
	}

	static AccompanimentFactKind of(AccompanimentFact fact) {
		return Arrays.stream(values())
			.filter((kind) -> kind.fact.isInstance(fact) || kind.withdrawal.isInstance(fact))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No kind for " + fact.getClass().getName()));
	}

}
