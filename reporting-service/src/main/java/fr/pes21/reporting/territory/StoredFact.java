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
import org.bson.Document;

import static fr.pes21.reporting.territory.TerritoryFactKind.INITIATIVE;
import static fr.pes21.reporting.territory.TerritoryFactKind.MILESTONE;
import static fr.pes21.reporting.territory.TerritoryFactKind.NEED;
import static fr.pes21.reporting.territory.TerritoryFactKind.STAGE_CHANGE;
import static fr.pes21.reporting.territory.TerritoryFactKind.STEERING_MEETING;
import static fr.pes21.reporting.territory.TerritoryFactKind.TERRITORY_REGISTRATION;

/**
 * What the counting rules read of a document of {@code territory_facts}.
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
record StoredFact(TerritoryFactKind kind, String territoryId, String initiativeId, InitiativeStage stage, int jobs,
		LocalDate occurredOn, boolean withdrawn) {

	static final String COLLECTION = "territory_facts";

	static final String TERRITORY_ID = "territoryId";

	static final String INITIATIVE_ID = "initiativeId";

	static final String STAGE = "stage";

	static final String JOBS = "jobs";

	static final String[] COUNTED_FIELDS = { FactCollection.KIND, TERRITORY_ID, INITIATIVE_ID, STAGE, JOBS,
			FactCollection.OCCURRED_ON };

	/**
	 * What the read model keeps of a fact or a withdrawal (which names the withdrawn
	 * fact's territory, initiative and stage).
	 * @throws MalformedFact when the fact lacks the territory, initiative or stage the
	 * rules need
	 */
	static StoredFact of(TerritoryFact fact) {
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
			case InitiativeStageChanged changed -> new StoredFact(STAGE_CHANGE, required(changed.territoryId(), fact),
					required(changed.initiativeId(), fact), required(changed.stage(), fact),
					(changed.jobs() != null) ? changed.jobs() : 0, fact.occurredOn(), false);
			case InitiativeStageChangeWithdrawn changed -> new StoredFact(STAGE_CHANGE,
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

	static StoredFact from(Document document) {
		String stage = document.getString(STAGE);
		Integer jobs = document.getInteger(JOBS);
		return new StoredFact(TerritoryFactKind.valueOf(document.getString(FactCollection.KIND)),
				document.getString(TERRITORY_ID), document.getString(INITIATIVE_ID),
				(stage != null) ? InitiativeStage.valueOf(stage) : null, (jobs != null) ? jobs : 0,
				LocalDate.parse(document.getString(FactCollection.OCCURRED_ON)), FactCollection.withdrawn(document));
	}

	private static StoredFact ofTerritory(TerritoryFactKind kind, String territoryId, TerritoryFact fact) {
		return new StoredFact(kind, required(territoryId, fact), null, null, 0, fact.occurredOn(),
				fact instanceof Withdrawal);
	}

	private static StoredFact ofInitiative(TerritoryFactKind kind, String territoryId, String initiativeId,
			TerritoryFact fact) {
		return new StoredFact(kind, required(territoryId, fact), required(initiativeId, fact), null, 0,
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
