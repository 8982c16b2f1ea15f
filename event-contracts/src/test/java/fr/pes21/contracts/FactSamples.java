package fr.pes21.contracts;

import java.time.LocalDate;
import java.util.List;

import fr.pes21.contracts.accompaniment.AccompanimentMeetingHeld;
import fr.pes21.contracts.accompaniment.AccompanimentMeetingWithdrawn;
import fr.pes21.contracts.accompaniment.ClosureOutcome;
import fr.pes21.contracts.accompaniment.MeetingKind;
import fr.pes21.contracts.accompaniment.PostCreationReviewDone;
import fr.pes21.contracts.accompaniment.PostCreationReviewWithdrawn;
import fr.pes21.contracts.accompaniment.ProjectClosed;
import fr.pes21.contracts.accompaniment.ProjectClosureWithdrawn;
import fr.pes21.contracts.accompaniment.ProjectWelcomeWithdrawn;
import fr.pes21.contracts.accompaniment.ProjectWelcomed;
import fr.pes21.contracts.accompaniment.StructureCreated;
import fr.pes21.contracts.accompaniment.StructureCreationWithdrawn;
import fr.pes21.contracts.dla.CollectiveEngineeringParticipantAdded;
import fr.pes21.contracts.dla.CollectiveEngineeringParticipantWithdrawn;
import fr.pes21.contracts.dla.CollectiveEngineeringStarted;
import fr.pes21.contracts.dla.CollectiveEngineeringWithdrawn;
import fr.pes21.contracts.dla.DiagnosticCompleted;
import fr.pes21.contracts.dla.DiagnosticCompletionWithdrawn;
import fr.pes21.contracts.dla.EngineeringCompleted;
import fr.pes21.contracts.dla.EngineeringCompletionWithdrawn;
import fr.pes21.contracts.dla.IndividualEngineeringStarted;
import fr.pes21.contracts.dla.IndividualEngineeringWithdrawn;
import fr.pes21.contracts.dla.PostEngineeringFollowUpHeld;
import fr.pes21.contracts.dla.PostEngineeringFollowUpWithdrawn;
import fr.pes21.contracts.dla.StructureWelcomeWithdrawn;
import fr.pes21.contracts.dla.StructureWelcomed;

import static fr.pes21.contracts.accompaniment.Programme.BENEFICE_CREA;

/** One realistic instance of every fact in the catalog. */
final class FactSamples {

	private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

	private FactSamples() {
	}

	static List<Fact> all() {
		return List.of(new ProjectWelcomed("p1", "p1", BENEFICE_CREA, DAY, "Dijon", "recyclerie"),
				new ProjectWelcomeWithdrawn("p1", "p1", BENEFICE_CREA, DAY),
				new AccompanimentMeetingHeld("m1", "p1", BENEFICE_CREA, DAY, MeetingKind.FOLLOW_UP),
				new AccompanimentMeetingWithdrawn("m1", "p1", BENEFICE_CREA, DAY),
				new StructureCreated("c1", "p1", BENEFICE_CREA, DAY, "SCOP", 2),
				new StructureCreationWithdrawn("c1", "p1", BENEFICE_CREA, DAY),
				new PostCreationReviewDone("r1", "p1", BENEFICE_CREA, DAY),
				new PostCreationReviewWithdrawn("r1", "p1", BENEFICE_CREA, DAY),
				new ProjectClosed("x1", "p1", BENEFICE_CREA, DAY, ClosureOutcome.CREATED),
				new ProjectClosureWithdrawn("x1", "p1", BENEFICE_CREA, DAY), new StructureWelcomed("w1", "s1", DAY),
				new StructureWelcomeWithdrawn("w1", "s1", DAY), new DiagnosticCompleted("d1", "s1", DAY),
				new DiagnosticCompletionWithdrawn("d1", "s1", DAY),
				new IndividualEngineeringStarted("e1", "e1", "s1", DAY, 5),
				new IndividualEngineeringWithdrawn("e1", "e1", "s1", DAY),
				new CollectiveEngineeringStarted("e2", "e2", List.of("s1", "s2"), DAY, 3.5),
				new CollectiveEngineeringWithdrawn("e2", "e2", DAY),
				new CollectiveEngineeringParticipantAdded("a1", "e2", "s3", DAY.plusMonths(1), DAY),
				new CollectiveEngineeringParticipantWithdrawn("a1", "e2", "s3", DAY.plusMonths(1)),
				new PostEngineeringFollowUpHeld("f1", "s1", DAY), new PostEngineeringFollowUpWithdrawn("f1", "s1", DAY),
				new EngineeringCompleted("c2", "e2", DAY), new EngineeringCompletionWithdrawn("c2", "e2", DAY));
	}

}
