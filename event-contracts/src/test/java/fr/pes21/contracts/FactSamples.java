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
				new ProjectClosureWithdrawn("x1", "p1", BENEFICE_CREA, DAY));
	}

}
