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
import fr.pes21.reporting.facts.FactRow;
import org.bson.Document;

import static fr.pes21.reporting.dla.DlaRow.Kind.COLLECTIVE_ENGINEERING;
import static fr.pes21.reporting.dla.DlaRow.Kind.COLLECTIVE_PARTICIPATION;
import static fr.pes21.reporting.dla.DlaRow.Kind.DIAGNOSTIC_COMPLETION;
import static fr.pes21.reporting.dla.DlaRow.Kind.ENGINEERING_COMPLETION;
import static fr.pes21.reporting.dla.DlaRow.Kind.INDIVIDUAL_ENGINEERING;
import static fr.pes21.reporting.dla.DlaRow.Kind.POST_ENGINEERING_FOLLOW_UP;
import static fr.pes21.reporting.dla.DlaRow.Kind.WELCOME;

/**
 * What the DLA read model keeps of a fact: one document of {@code dla_facts}, as the
 * counting rules read it.
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
record DlaRow(Kind kind, String engineeringId, List<String> structureIds, int year,
		boolean withdrawn) implements FactRow {

	/** What a DLA fact records, whether it arrived as the fact or as its withdrawal. */
	enum Kind {

		/** A welcome ("accueil") of a structure. */
		WELCOME,

		/** The completion of a shared diagnostic ("diagnostic partagé"). */
		DIAGNOSTIC_COMPLETION,

		/** The start of an individual engineering ("ingénierie individuelle"). */
		INDIVIDUAL_ENGINEERING,

		/**
		 * The start of a collective engineering ("ingénierie collective") with its first
		 * participants.
		 */
		COLLECTIVE_ENGINEERING,

		/** A structure added to a collective engineering after its start. */
		COLLECTIVE_PARTICIPATION,

		/** A post-engineering follow-up meeting ("suivi post-ingénierie"). */
		POST_ENGINEERING_FOLLOW_UP,

		/** The completion of an engineering ("bilan"); counted by no indicator. */
		ENGINEERING_COMPLETION

	}

	static final String ENGINEERING_ID = "engineeringId";

	static final String STRUCTURE_IDS = "structureIds";

	/** What {@link #from} reads. */
	static final String[] FIELDS = { FactCollection.KIND, ENGINEERING_ID, STRUCTURE_IDS, FactCollection.YEAR };

	/**
	 * What the read model keeps of a fact or a withdrawal.
	 * @throws MalformedFact when the fact lacks an id or date the rules need
	 */
	static DlaRow of(DlaFact fact) {
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
			case CollectiveEngineeringStarted started -> new DlaRow(COLLECTIVE_ENGINEERING,
					required(started.engineeringId(), fact), participants(started), yearOf(fact), false);
			// Withdraws the engineering with every participant, those added later
			// included: the counting rules drop the participants of a withdrawn
			// engineering.
			case CollectiveEngineeringWithdrawn engineering ->
				ofEngineering(COLLECTIVE_ENGINEERING, engineering.engineeringId(), null, fact);
			case CollectiveEngineeringParticipantAdded added ->
				new DlaRow(COLLECTIVE_PARTICIPATION, required(added.engineeringId(), fact),
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

	/** A document of {@code dla_facts} read back. */
	static DlaRow from(Document document) {
		List<String> structureIds = document.getList(STRUCTURE_IDS, String.class);
		return new DlaRow(Kind.valueOf(document.getString(FactCollection.KIND)), document.getString(ENGINEERING_ID),
				(structureIds != null) ? structureIds : List.of(), document.getInteger(FactCollection.YEAR),
				FactCollection.withdrawn(document));
	}

	@Override
	public Document fields() {
		Document fields = new Document(STRUCTURE_IDS, this.structureIds);
		if (this.engineeringId != null) {
			fields.append(ENGINEERING_ID, this.engineeringId);
		}
		return fields;
	}

	private static DlaRow ofStructure(Kind kind, String structureId, DlaFact fact) {
		return new DlaRow(kind, null, List.of(required(structureId, fact)), yearOf(fact), fact instanceof Withdrawal);
	}

	/** A fact of an engineering, about one structure or ({@code null}) none. */
	private static DlaRow ofEngineering(Kind kind, String engineeringId, String structureId, DlaFact fact) {
		List<String> structureIds = (structureId != null) ? List.of(structureId) : List.of();
		return new DlaRow(kind, required(engineeringId, fact), structureIds, yearOf(fact), fact instanceof Withdrawal);
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
