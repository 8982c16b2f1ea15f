package fr.pes21.contracts;

import java.time.Instant;
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
import fr.pes21.contracts.dla.DiagnosticCompletedV1;
import fr.pes21.contracts.dla.DiagnosticCompletionWithdrawn;
import fr.pes21.contracts.dla.EngineeringCompleted;
import fr.pes21.contracts.dla.EngineeringCompletionWithdrawn;
import fr.pes21.contracts.dla.IndividualEngineeringStarted;
import fr.pes21.contracts.dla.IndividualEngineeringWithdrawn;
import fr.pes21.contracts.dla.PostEngineeringFollowUpHeld;
import fr.pes21.contracts.dla.PostEngineeringFollowUpWithdrawn;
import fr.pes21.contracts.dla.StructureWelcomeWithdrawn;
import fr.pes21.contracts.dla.StructureWelcomed;
import fr.pes21.contracts.events.AttendanceRecorded;
import fr.pes21.contracts.events.AttendanceWithdrawn;
import fr.pes21.contracts.events.EventCancellationWithdrawn;
import fr.pes21.contracts.events.EventCancelled;
import fr.pes21.contracts.events.EventHeld;
import fr.pes21.contracts.events.EventHeldWithdrawn;
import fr.pes21.contracts.events.EventKind;
import fr.pes21.contracts.events.EventScheduled;
import fr.pes21.contracts.events.EventWithdrawn;
import fr.pes21.contracts.events.RegistrationCancelled;
import fr.pes21.contracts.events.RegistrationMovedUp;
import fr.pes21.contracts.events.RegistrationReceived;
import fr.pes21.contracts.events.RegistrationStatus;
import fr.pes21.contracts.territory.InitiativeStage;
import fr.pes21.contracts.territory.InitiativeStageChangeWithdrawn;
import fr.pes21.contracts.territory.InitiativeStageChanged;
import fr.pes21.contracts.territory.InitiativeStarted;
import fr.pes21.contracts.territory.InitiativeWithdrawn;
import fr.pes21.contracts.territory.MilestoneKind;
import fr.pes21.contracts.territory.MilestoneReached;
import fr.pes21.contracts.territory.MilestoneWithdrawn;
import fr.pes21.contracts.territory.NeedIdentified;
import fr.pes21.contracts.territory.NeedWithdrawn;
import fr.pes21.contracts.territory.SteeringMeetingHeld;
import fr.pes21.contracts.territory.SteeringMeetingWithdrawn;
import fr.pes21.contracts.territory.TerritoryKind;
import fr.pes21.contracts.territory.TerritoryRegistered;
import fr.pes21.contracts.territory.TerritoryRegistrationWithdrawn;

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
				new StructureWelcomeWithdrawn("w1", "s1", DAY), new DiagnosticCompletedV1("d1", "s1", DAY),
				new DiagnosticCompleted("dc1", "d1", "s1", DAY), new DiagnosticCompletionWithdrawn("dc1", "s1", DAY),
				new IndividualEngineeringStarted("e1", "e1", "s1", DAY, 5),
				new IndividualEngineeringWithdrawn("e1", "e1", "s1", DAY),
				new CollectiveEngineeringStarted("e2", "e2", List.of("s1", "s2"), DAY, 3.5),
				new CollectiveEngineeringWithdrawn("e2", "e2", DAY),
				new CollectiveEngineeringParticipantAdded("a1", "e2", "s3", DAY.plusMonths(1), DAY),
				new CollectiveEngineeringParticipantWithdrawn("a1", "e2", "s3", DAY.plusMonths(1)),
				new PostEngineeringFollowUpHeld("f1", "s1", DAY), new PostEngineeringFollowUpWithdrawn("f1", "s1", DAY),
				new EngineeringCompleted("c2", "e2", DAY), new EngineeringCompletionWithdrawn("c2", "e2", DAY),
				new TerritoryRegistered("t1", "t1", TerritoryKind.EPCI, "21", DAY),
				new TerritoryRegistrationWithdrawn("t1", "t1", DAY), new NeedIdentified("n1", "n1", "t1", DAY),
				new NeedWithdrawn("n1", "n1", "t1", DAY), new InitiativeStarted("i1", "i1", "t1", "n1", DAY),
				new InitiativeWithdrawn("i1", "i1", "t1", DAY),
				new InitiativeStageChanged("g1", "i1", "t1", InitiativeStage.LAUNCHED, InitiativeStage.CREATION, DAY,
						1),
				new InitiativeStageChangeWithdrawn("g1", "i1", "t1", InitiativeStage.LAUNCHED, DAY),
				new MilestoneReached("k1", "i1", "t1", MilestoneKind.OPENING, DAY),
				new MilestoneWithdrawn("k1", "i1", "t1", DAY), new SteeringMeetingHeld("q1", "i1", "t1", DAY),
				new SteeringMeetingWithdrawn("q1", "i1", "t1", DAY),
				new EventScheduled("v1", "v1", EventKind.CLUB_EVENING, Instant.parse("2024-04-02T16:30:00Z"), 40, DAY),
				new EventWithdrawn("v1", "v1", EventKind.CLUB_EVENING, DAY),
				new RegistrationReceived("r2", "r2", "v1", RegistrationStatus.WAITLISTED, DAY),
				new RegistrationMovedUp("u1", "r2", "v1", DAY), new RegistrationCancelled("x2", "r2", "v1", DAY),
				new EventHeld("h1", "v1", EventKind.CLUB_EVENING, DAY),
				new EventHeldWithdrawn("h1", "v1", EventKind.CLUB_EVENING, DAY),
				new AttendanceRecorded("y1", "v1", EventKind.CLUB_EVENING, 35, DAY),
				new AttendanceWithdrawn("y1", "v1", EventKind.CLUB_EVENING, DAY),
				new EventCancelled("z1", "v1", EventKind.CLUB_EVENING, DAY),
				new EventCancellationWithdrawn("z1", "v1", EventKind.CLUB_EVENING, DAY));
	}

}
