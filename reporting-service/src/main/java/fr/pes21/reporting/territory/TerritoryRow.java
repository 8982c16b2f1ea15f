package fr.pes21.reporting.territory;

import java.time.LocalDate;

import fr.pes21.contracts.MalformedFact;
import fr.pes21.contracts.Withdrawal;
import fr.pes21.contracts.territory.InitiativeStage;
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
import fr.pes21.contracts.territory.TerritoryFact;
import fr.pes21.contracts.territory.TerritoryRegistered;
import fr.pes21.contracts.territory.TerritoryRegistrationWithdrawn;
import fr.pes21.reporting.facts.FactCollection;
import fr.pes21.reporting.facts.FactRow;
import org.bson.Document;

import static fr.pes21.reporting.territory.TerritoryRow.Kind.INITIATIVE;
import static fr.pes21.reporting.territory.TerritoryRow.Kind.MILESTONE;
import static fr.pes21.reporting.territory.TerritoryRow.Kind.NEED;
import static fr.pes21.reporting.territory.TerritoryRow.Kind.STAGE_CHANGE;
import static fr.pes21.reporting.territory.TerritoryRow.Kind.STEERING_MEETING;
import static fr.pes21.reporting.territory.TerritoryRow.Kind.TERRITORY_REGISTRATION;

/**
 * What the territory read model keeps of a fact: one document of {@code territory_facts},
 * as the counting rules read it.
 *
 * @param kind what the fact records
 * @param territoryId the territory the fact is about
 * @param initiativeId the initiative of an initiative's fact, {@code null} for a
 * territory's registration or need
 * @param stage the stage reached by a stage change, {@code null} for other facts
 * @param jobs the jobs declared with a stage change, 0 for other facts and withdrawals
 * @param occurredOn the business date, which decides the year
 * @param withdrawn whether the fact was withdrawn (it no longer counts)
 */
record TerritoryRow(Kind kind, String territoryId, String initiativeId, InitiativeStage stage, int jobs,
		LocalDate occurredOn, boolean withdrawn) implements FactRow {

	/**
	 * What a territory fact records, whether it arrived as the fact or as its withdrawal.
	 */
	enum Kind {

		/**
		 * A territory (EPCI, commune, PETR, métropole) registered; counted by no
		 * indicator.
		 */
		TERRITORY_REGISTRATION,

		/** An unmet need identified on a territory; counted by no indicator. */
		NEED,

		/** An initiative started on a territory; counted by no indicator. */
		INITIATIVE,

		/**
		 * An initiative moved to a stage (LAUNCHED: its activity opened), or stopped.
		 */
		STAGE_CHANGE,

		/**
		 * A milestone of an initiative (founding general assembly, statutes, opening...).
		 */
		MILESTONE,

		/** A steering meeting ("comité de pilotage") of an initiative. */
		STEERING_MEETING

	}

	static final String TERRITORY_ID = "territoryId";

	static final String INITIATIVE_ID = "initiativeId";

	static final String STAGE = "stage";

	static final String JOBS = "jobs";

	/** What {@link #from} reads. */
	static final String[] FIELDS = { FactCollection.KIND, TERRITORY_ID, INITIATIVE_ID, STAGE, JOBS,
			FactCollection.OCCURRED_ON };

	/**
	 * What the read model keeps of a fact or a withdrawal (which names the withdrawn
	 * fact's territory, initiative and stage).
	 * @throws MalformedFact when the fact lacks the territory, initiative or stage the
	 * rules need
	 */
	static TerritoryRow of(TerritoryFact fact) {
		return switch (fact) {
			case TerritoryRegistered registered -> ofTerritory(TERRITORY_REGISTRATION, registered.territoryId(), fact);
			case TerritoryRegistrationWithdrawn registered ->
				ofTerritory(TERRITORY_REGISTRATION, registered.territoryId(), fact);
			case NeedIdentified need -> ofTerritory(NEED, need.territoryId(), fact);
			case NeedWithdrawn need -> ofTerritory(NEED, need.territoryId(), fact);
			case InitiativeStarted started ->
				ofInitiative(INITIATIVE, started.territoryId(), started.initiativeId(), fact);
			case InitiativeWithdrawn started ->
				ofInitiative(INITIATIVE, started.territoryId(), started.initiativeId(), fact);
			case InitiativeStageChanged changed -> new TerritoryRow(STAGE_CHANGE, required(changed.territoryId(), fact),
					required(changed.initiativeId(), fact), required(changed.stage(), fact),
					(changed.jobs() != null) ? changed.jobs() : 0, fact.occurredOn(), false);
			case InitiativeStageChangeWithdrawn changed -> new TerritoryRow(STAGE_CHANGE,
					required(changed.territoryId(), fact), required(changed.initiativeId(), fact),
					required(changed.stage(), fact), 0, fact.occurredOn(), true);
			case MilestoneReached milestone ->
				ofInitiative(MILESTONE, milestone.territoryId(), milestone.initiativeId(), fact);
			case MilestoneWithdrawn milestone ->
				ofInitiative(MILESTONE, milestone.territoryId(), milestone.initiativeId(), fact);
			case SteeringMeetingHeld meeting ->
				ofInitiative(STEERING_MEETING, meeting.territoryId(), meeting.initiativeId(), fact);
			case SteeringMeetingWithdrawn meeting ->
				ofInitiative(STEERING_MEETING, meeting.territoryId(), meeting.initiativeId(), fact);
			default ->
				throw new MalformedFact(fact.getClass().getSimpleName() + " is not a territory fact the report knows");
		};
	}

	/** A document of {@code territory_facts} read back. */
	static TerritoryRow from(Document document) {
		String stage = document.getString(STAGE);
		Integer jobs = document.getInteger(JOBS);
		return new TerritoryRow(Kind.valueOf(document.getString(FactCollection.KIND)), document.getString(TERRITORY_ID),
				document.getString(INITIATIVE_ID), (stage != null) ? InitiativeStage.valueOf(stage) : null,
				(jobs != null) ? jobs : 0, LocalDate.parse(document.getString(FactCollection.OCCURRED_ON)),
				FactCollection.withdrawn(document));
	}

	@Override
	public int year() {
		return this.occurredOn.getYear();
	}

	/** The jobs only come with the stage change itself, never with its withdrawal. */
	@Override
	public Document fields() {
		Document fields = new Document(TERRITORY_ID, this.territoryId);
		if (this.initiativeId != null) {
			fields.append(INITIATIVE_ID, this.initiativeId);
		}
		if (this.stage != null) {
			fields.append(STAGE, this.stage.name());
		}
		if (this.kind == STAGE_CHANGE && !this.withdrawn) {
			fields.append(JOBS, this.jobs);
		}
		return fields;
	}

	private static TerritoryRow ofTerritory(Kind kind, String territoryId, TerritoryFact fact) {
		return new TerritoryRow(kind, required(territoryId, fact), null, null, 0, fact.occurredOn(),
				fact instanceof Withdrawal);
	}

	private static TerritoryRow ofInitiative(Kind kind, String territoryId, String initiativeId, TerritoryFact fact) {
		return new TerritoryRow(kind, required(territoryId, fact), required(initiativeId, fact), null, 0,
				fact.occurredOn(), fact instanceof Withdrawal);
	}

	private static String required(String id, TerritoryFact fact) {
		if (id == null || id.isBlank()) {
			throw incomplete(fact);
		}
		return id;
	}

	private static InitiativeStage required(InitiativeStage stage, TerritoryFact fact) {
		if (stage == null) {
			throw incomplete(fact);
		}
		return stage;
	}

	private static MalformedFact incomplete(TerritoryFact fact) {
		return new MalformedFact(
				fact.getClass().getSimpleName() + " " + fact.factId() + " lacks a territory, an initiative or a stage");
	}

}
