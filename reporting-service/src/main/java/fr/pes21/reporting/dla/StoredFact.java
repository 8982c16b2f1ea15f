package fr.pes21.reporting.dla;

import java.util.List;

import fr.pes21.contracts.MalformedFact;
import fr.pes21.contracts.Withdrawal;
import fr.pes21.contracts.dla.CollectiveEngineeringParticipantAdded;
import fr.pes21.contracts.dla.CollectiveEngineeringParticipantWithdrawn;
import fr.pes21.contracts.dla.CollectiveEngineeringStarted;
import fr.pes21.contracts.dla.CollectiveEngineeringWithdrawn;
import fr.pes21.contracts.dla.DiagnosticCompleted;
import fr.pes21.contracts.dla.DiagnosticCompletedV1;
import fr.pes21.contracts.dla.DiagnosticCompletionWithdrawn;
import fr.pes21.contracts.dla.DlaFact;
import fr.pes21.contracts.dla.EngineeringCompleted;
import fr.pes21.contracts.dla.EngineeringCompletionWithdrawn;
import fr.pes21.contracts.dla.IndividualEngineeringStarted;
import fr.pes21.contracts.dla.IndividualEngineeringWithdrawn;
import fr.pes21.contracts.dla.PostEngineeringFollowUpHeld;
import fr.pes21.contracts.dla.PostEngineeringFollowUpWithdrawn;
import fr.pes21.contracts.dla.StructureWelcomeWithdrawn;
import fr.pes21.contracts.dla.StructureWelcomed;
import fr.pes21.reporting.facts.FactCollection;
import org.bson.Document;

import static fr.pes21.reporting.dla.DlaFactKind.COLLECTIVE_ENGINEERING;
import static fr.pes21.reporting.dla.DlaFactKind.COLLECTIVE_PARTICIPATION;
import static fr.pes21.reporting.dla.DlaFactKind.DIAGNOSTIC_COMPLETION;
import static fr.pes21.reporting.dla.DlaFactKind.ENGINEERING_COMPLETION;
import static fr.pes21.reporting.dla.DlaFactKind.INDIVIDUAL_ENGINEERING;
import static fr.pes21.reporting.dla.DlaFactKind.POST_ENGINEERING_FOLLOW_UP;
import static fr.pes21.reporting.dla.DlaFactKind.WELCOME;

/**
 * What the counting rules read of a document of {@code dla_facts}.
 *
 * @param kind what the fact records
 * @param engineeringId the engineering of an engineering fact, {@code null} for the facts
 * of a structure alone
 * @param structureIds the structures the fact is about: one, or the first participants of
 * a collective engineering (none in the withdrawal of a whole collective engineering)
 * @param year the year the fact counts in: its business date's, except for a participant
 * added later, who counts in the engineering's start year
 * @param withdrawn whether the fact was withdrawn (it no longer counts)
 */
record StoredFact(DlaFactKind kind, String engineeringId, List<String> structureIds, int year, boolean withdrawn) {

	static final String COLLECTION = "dla_facts";

	static final String ENGINEERING_ID = "engineeringId";

	static final String STRUCTURE_IDS = "structureIds";

	static final String[] COUNTED_FIELDS = { FactCollection.KIND, ENGINEERING_ID, STRUCTURE_IDS, FactCollection.YEAR };

	/**
	 * What the read model keeps of a fact or a withdrawal.
	 * @throws MalformedFact when the fact lacks an id or date the rules need
	 */
	static StoredFact of(DlaFact fact) {
		return switch (fact) {
			case StructureWelcomed welcome -> ofStructure(WELCOME, welcome.structureId(), fact);
			case StructureWelcomeWithdrawn welcome -> ofStructure(WELCOME, welcome.structureId(), fact);
			// Both versions stay on the topics (docs/decisions/0010): a completion is
			// counted by its fact id, the diagnostic's in v1 and the completion's own in
			// v2, which is also what its withdrawal names.
			case DiagnosticCompletedV1 completion -> ofStructure(DIAGNOSTIC_COMPLETION, completion.structureId(), fact);
			case DiagnosticCompleted completion -> ofStructure(DIAGNOSTIC_COMPLETION, completion.structureId(), fact);
			case DiagnosticCompletionWithdrawn completion ->
				ofStructure(DIAGNOSTIC_COMPLETION, completion.structureId(), fact);
			case PostEngineeringFollowUpHeld followUp ->
				ofStructure(POST_ENGINEERING_FOLLOW_UP, followUp.structureId(), fact);
			case PostEngineeringFollowUpWithdrawn followUp ->
				ofStructure(POST_ENGINEERING_FOLLOW_UP, followUp.structureId(), fact);
			case IndividualEngineeringStarted started -> ofEngineering(INDIVIDUAL_ENGINEERING, started.engineeringId(),
					required(started.structureId(), fact), fact);
			case IndividualEngineeringWithdrawn started -> ofEngineering(INDIVIDUAL_ENGINEERING,
					started.engineeringId(), required(started.structureId(), fact), fact);
			case CollectiveEngineeringStarted started -> new StoredFact(COLLECTIVE_ENGINEERING,
					required(started.engineeringId(), fact), participants(started), yearOf(fact), false);
			// Withdraws the engineering with every participant, those added later
			// included: the counting rules drop the participants of a withdrawn
			// engineering.
			case CollectiveEngineeringWithdrawn engineering ->
				ofEngineering(COLLECTIVE_ENGINEERING, engineering.engineeringId(), null, fact);
			case CollectiveEngineeringParticipantAdded added ->
				new StoredFact(COLLECTIVE_PARTICIPATION, required(added.engineeringId(), fact),
						List.of(required(added.structureId(), fact)), startYear(added), false);
			// Knows the date of the addition only: the year of a withdrawn fact never
			// matters, as it no longer counts.
			case CollectiveEngineeringParticipantWithdrawn added -> ofEngineering(COLLECTIVE_PARTICIPATION,
					added.engineeringId(), required(added.structureId(), fact), fact);
			case EngineeringCompleted completion ->
				ofEngineering(ENGINEERING_COMPLETION, completion.engineeringId(), null, fact);
			case EngineeringCompletionWithdrawn completion ->
				ofEngineering(ENGINEERING_COMPLETION, completion.engineeringId(), null, fact);
			default -> throw new MalformedFact(fact.getClass().getSimpleName() + " is not a DLA fact the report knows");
		};
	}

	static StoredFact from(Document document) {
		List<String> structureIds = document.getList(STRUCTURE_IDS, String.class);
		return new StoredFact(DlaFactKind.valueOf(document.getString(FactCollection.KIND)),
				document.getString(ENGINEERING_ID), (structureIds != null) ? structureIds : List.of(),
				document.getInteger(FactCollection.YEAR), FactCollection.withdrawn(document));
	}

	private static StoredFact ofStructure(DlaFactKind kind, String structureId, DlaFact fact) {
		return new StoredFact(kind, null, List.of(required(structureId, fact)), yearOf(fact),
				fact instanceof Withdrawal);
	}

	/** A fact of an engineering, about one structure or ({@code null}) none. */
	private static StoredFact ofEngineering(DlaFactKind kind, String engineeringId, String structureId, DlaFact fact) {
		List<String> structureIds = (structureId != null) ? List.of(structureId) : List.of();
		return new StoredFact(kind, required(engineeringId, fact), structureIds, yearOf(fact),
				fact instanceof Withdrawal);
	}

	private static int yearOf(DlaFact fact) {
		return fact.occurredOn().getYear();
	}

	private static List<String> participants(CollectiveEngineeringStarted started) {
		if (started.structureIds() == null || started.structureIds().isEmpty()) {
			throw incomplete(started);
		}
		return started.structureIds().stream().map((structureId) -> required(structureId, started)).toList();
	}

	private static int startYear(CollectiveEngineeringParticipantAdded added) {
		if (added.engineeringStartedOn() == null) {
			throw incomplete(added);
		}
		return added.engineeringStartedOn().getYear();
	}

	private static String required(String id, DlaFact fact) {
		if (id == null || id.isBlank()) {
			throw incomplete(fact);
		}
		return id;
	}

	private static MalformedFact incomplete(DlaFact fact) {
		return new MalformedFact(fact.getClass().getSimpleName() + " " + fact.factId()
				+ " lacks a structure, an engineering or a start date");
	}

}
