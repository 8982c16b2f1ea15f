package fr.pes21.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import fr.pes21.contracts.events.EventScheduled;
import fr.pes21.contracts.events.EventWithdrawn;
import fr.pes21.contracts.events.RegistrationCancelled;
import fr.pes21.contracts.events.RegistrationMovedUp;
import fr.pes21.contracts.events.RegistrationReceived;
import fr.pes21.contracts.territory.InitiativeStageChangeWithdrawn;
import fr.pes21.contracts.territory.InitiativeStageChanged;
import fr.pes21.contracts.territory.InitiativeStarted;
import fr.pes21.contracts.territory.InitiativeWithdrawn;
import fr.pes21.contracts.territory.MilestoneReached;
import fr.pes21.contracts.territory.MilestoneWithdrawn;
import fr.pes21.contracts.territory.NeedIdentified;
import fr.pes21.contracts.territory.NeedWithdrawn;
import fr.pes21.contracts.territory.SteeringMeetingHeld;
import fr.pes21.contracts.territory.SteeringMeetingWithdrawn;
import fr.pes21.contracts.territory.TerritoryRegistered;
import fr.pes21.contracts.territory.TerritoryRegistrationWithdrawn;

/**
 * Every fact the suite publishes, with its CloudEvents type and schema. One place to add
 * a new fact, or a new version of one: each version has its own record and schema, and
 * the versions no longer published stay here so that the facts already on the topics stay
 * readable (docs/decisions/0010).
 */
public final class FactCatalog {

	private static final List<FactType> TYPES = List.of(
			// accompaniment
			new FactType(ProjectWelcomed.class, "accompaniment", 1),
			new FactType(ProjectWelcomeWithdrawn.class, "accompaniment", 1),
			new FactType(AccompanimentMeetingHeld.class, "accompaniment", 1),
			new FactType(AccompanimentMeetingWithdrawn.class, "accompaniment", 1),
			new FactType(StructureCreated.class, "accompaniment", 1),
			new FactType(StructureCreationWithdrawn.class, "accompaniment", 1),
			new FactType(PostCreationReviewDone.class, "accompaniment", 1),
			new FactType(PostCreationReviewWithdrawn.class, "accompaniment", 1),
			new FactType(ProjectClosed.class, "accompaniment", 1),
			new FactType(ProjectClosureWithdrawn.class, "accompaniment", 1),
			// dla
			new FactType(StructureWelcomed.class, "dla", 1), new FactType(StructureWelcomeWithdrawn.class, "dla", 1),
			// v1 is no longer published, still read (docs/decisions/0010)
			new FactType("DiagnosticCompleted", DiagnosticCompletedV1.class, "dla", 1),
			new FactType(DiagnosticCompleted.class, "dla", 2),
			new FactType(DiagnosticCompletionWithdrawn.class, "dla", 1),
			new FactType(IndividualEngineeringStarted.class, "dla", 1),
			new FactType(IndividualEngineeringWithdrawn.class, "dla", 1),
			new FactType(CollectiveEngineeringStarted.class, "dla", 1),
			new FactType(CollectiveEngineeringWithdrawn.class, "dla", 1),
			new FactType(CollectiveEngineeringParticipantAdded.class, "dla", 1),
			new FactType(CollectiveEngineeringParticipantWithdrawn.class, "dla", 1),
			new FactType(PostEngineeringFollowUpHeld.class, "dla", 1),
			new FactType(PostEngineeringFollowUpWithdrawn.class, "dla", 1),
			new FactType(EngineeringCompleted.class, "dla", 1),
			new FactType(EngineeringCompletionWithdrawn.class, "dla", 1),
			// territory
			new FactType(TerritoryRegistered.class, "territory", 1),
			new FactType(TerritoryRegistrationWithdrawn.class, "territory", 1),
			new FactType(NeedIdentified.class, "territory", 1), new FactType(NeedWithdrawn.class, "territory", 1),
			new FactType(InitiativeStarted.class, "territory", 1),
			new FactType(InitiativeWithdrawn.class, "territory", 1),
			new FactType(InitiativeStageChanged.class, "territory", 1),
			new FactType(InitiativeStageChangeWithdrawn.class, "territory", 1),
			new FactType(MilestoneReached.class, "territory", 1),
			new FactType(MilestoneWithdrawn.class, "territory", 1),
			new FactType(SteeringMeetingHeld.class, "territory", 1),
			new FactType(SteeringMeetingWithdrawn.class, "territory", 1),
			// events
			new FactType(EventScheduled.class, "events", 1), new FactType(EventWithdrawn.class, "events", 1),
			new FactType(RegistrationReceived.class, "events", 1), new FactType(RegistrationMovedUp.class, "events", 1),
			new FactType(RegistrationCancelled.class, "events", 1), new FactType(EventHeld.class, "events", 1),
			new FactType(EventHeldWithdrawn.class, "events", 1), new FactType(AttendanceRecorded.class, "events", 1),
			new FactType(AttendanceWithdrawn.class, "events", 1), new FactType(EventCancelled.class, "events", 1),
			new FactType(EventCancellationWithdrawn.class, "events", 1));

	private static final Map<Class<?>, FactType> BY_CLASS = TYPES.stream()
		.collect(Collectors.toUnmodifiableMap(FactType::javaType, Function.identity()));

	private static final Map<String, FactType> BY_CLOUD_EVENT_TYPE = TYPES.stream()
		.collect(Collectors.toUnmodifiableMap(FactType::cloudEventType, Function.identity()));

	private FactCatalog() {
	}

	public static List<FactType> all() {
		return TYPES;
	}

	public static FactType of(Fact fact) {
		return of(fact.getClass());
	}

	public static FactType of(Class<?> javaType) {
		FactType type = BY_CLASS.get(javaType);
		if (type == null) {
			throw new IllegalArgumentException(javaType.getName() + " is not in the fact catalog");
		}
		return type;
	}

	public static Optional<FactType> byCloudEventType(String cloudEventType) {
		return Optional.ofNullable(BY_CLOUD_EVENT_TYPE.get(cloudEventType));
	}

}
