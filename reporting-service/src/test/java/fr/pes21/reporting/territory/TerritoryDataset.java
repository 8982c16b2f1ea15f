package fr.pes21.reporting.territory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fr.pes21.contracts.Withdrawal;
import fr.pes21.contracts.territory.InitiativeStage;
import fr.pes21.contracts.territory.InitiativeStageChangeWithdrawn;
import fr.pes21.contracts.territory.InitiativeStageChanged;
import fr.pes21.contracts.territory.InitiativeStarted;
import fr.pes21.contracts.territory.MilestoneKind;
import fr.pes21.contracts.territory.MilestoneReached;
import fr.pes21.contracts.territory.MilestoneWithdrawn;
import fr.pes21.contracts.territory.NeedIdentified;
import fr.pes21.contracts.territory.SteeringMeetingHeld;
import fr.pes21.contracts.territory.SteeringMeetingWithdrawn;
import fr.pes21.contracts.territory.TerritoryFact;
import fr.pes21.contracts.territory.TerritoryKind;
import fr.pes21.contracts.territory.TerritoryRegistered;
import fr.pes21.reporting.Datasets;
import fr.pes21.reporting.FactPublisher;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A territory dataset of {@code demo-data/} (on the test class path at
 * {@code /datasets/}): territories, their needs and initiatives written as the calls of
 * docs/api.md "Territories" a person would make (the demo-data loader replays it through
 * the gateway), read here as the facts the territory service would publish for them. An
 * item marked {@code "withdrawn": true} was recorded, then withdrawn.
 * <p>
 * Ids are derived from the refs ({@link Datasets#id}).
 */
public record TerritoryDataset(String about, List<Territory> territories) {

	/** La Boucle, from its need in 2020 to its inauguration in October 2024. */
	static final String TERRITORY_2024 = "/datasets/territory-2024.json";

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/**
	 * The 2024 dataset's facts as the territory-service publishes them, in order: for the
	 * tests of other packages (rebuild).
	 */
	public static List<ProducerRecord<String, byte[]>> published2024() {
		return read(TERRITORY_2024).facts()
			.stream()
			.map((recorded) -> FactPublisher.record(recorded.fact(), "territory-service", recorded.recordedAt()))
			.toList();
	}

	static TerritoryDataset read(String location) {
		return Datasets.read(location, TerritoryDataset.class);
	}

	/**
	 * {@code POST /api/territories}, registered on {@code registeredOn}, and its needs
	 * and initiatives.
	 */
	record Territory(String ref, String name, TerritoryKind kind, String department, LocalDate registeredOn,
			List<Need> needs, List<Initiative> initiatives) {
	}

	/** {@code POST /api/territories/{id}/needs}. */
	record Need(String ref, String title, LocalDate identifiedOn) {
	}

	/**
	 * {@code POST /api/territories/{id}/initiatives} (need ref for its id) and what was
	 * then recorded for the initiative.
	 */
	record Initiative(String ref, String name, String needRef, LocalDate startedOn, List<StageChange> stages,
			List<Milestone> milestones, List<Meeting> meetings) {
	}

	/**
	 * {@code POST /api/initiatives/{id}/stage}; withdrawn, the initiative is back at the
	 * stage before.
	 */
	record StageChange(InitiativeStage stage, LocalDate date, Integer jobs, boolean withdrawn, String note) {
	}

	/** {@code POST /api/initiatives/{id}/milestones}. */
	record Milestone(MilestoneKind kind, LocalDate date, String label, boolean withdrawn, String note) {
	}

	/** {@code POST /api/initiatives/{id}/meetings}. */
	record Meeting(LocalDate date, String kind, boolean withdrawn, String note) {
	}

	/**
	 * A fact as the territory service would publish it.
	 *
	 * @param fact the fact
	 * @param recordedAt when it was recorded: the evening of its business date, a week
	 * later for a withdrawal
	 */
	record Recorded(TerritoryFact fact, Instant recordedAt) {
	}

	/** Every fact of the dataset, in the order it was recorded. */
	List<Recorded> facts() {
		List<TerritoryFact> facts = new ArrayList<>();
		for (Territory territory : this.territories) {
			String territoryId = id("territory/" + territory.ref());
			facts.add(new TerritoryRegistered(territoryId, territoryId, territory.kind(), territory.department(),
					territory.registeredOn()));
			for (Need need : Datasets.orEmpty(territory.needs())) {
				String needId = id("need/" + need.ref());
				facts.add(new NeedIdentified(needId, needId, territoryId, need.identifiedOn()));
			}
			for (Initiative initiative : Datasets.orEmpty(territory.initiatives())) {
				addInitiative(initiative, territoryId, facts);
			}
		}
		return facts.stream()
			.map((fact) -> new Recorded(fact, recordedAt(fact)))
			.sorted(Comparator.comparing(Recorded::recordedAt))
			.toList();
	}

	private static void addInitiative(Initiative initiative, String territoryId, List<TerritoryFact> facts) {
		String initiativeId = id("initiative/" + initiative.ref());
		String path = "initiative/" + initiative.ref();
		String needId = (initiative.needRef() != null) ? id("need/" + initiative.needRef()) : null;
		facts.add(new InitiativeStarted(initiativeId, initiativeId, territoryId, needId, initiative.startedOn()));
		InitiativeStage current = InitiativeStage.EMERGENCE;
		List<StageChange> stages = Datasets.orEmpty(initiative.stages());
		for (int i = 0; i < stages.size(); i++) {
			StageChange change = stages.get(i);
			String id = id(path + "/stage/" + i);
			facts.add(new InitiativeStageChanged(id, initiativeId, territoryId, change.stage(), current, change.date(),
					change.jobs()));
			if (change.withdrawn()) {
				facts.add(new InitiativeStageChangeWithdrawn(id, initiativeId, territoryId, change.stage(),
						change.date()));
			}
			else {
				current = change.stage();
			}
		}
		List<Milestone> milestones = Datasets.orEmpty(initiative.milestones());
		for (int i = 0; i < milestones.size(); i++) {
			Milestone milestone = milestones.get(i);
			String id = id(path + "/milestone/" + i);
			facts.add(new MilestoneReached(id, initiativeId, territoryId, milestone.kind(), milestone.date()));
			if (milestone.withdrawn()) {
				facts.add(new MilestoneWithdrawn(id, initiativeId, territoryId, milestone.date()));
			}
		}
		List<Meeting> meetings = Datasets.orEmpty(initiative.meetings());
		for (int i = 0; i < meetings.size(); i++) {
			Meeting meeting = meetings.get(i);
			String id = id(path + "/meeting/" + i);
			facts.add(new SteeringMeetingHeld(id, initiativeId, territoryId, meeting.date()));
			if (meeting.withdrawn()) {
				facts.add(new SteeringMeetingWithdrawn(id, initiativeId, territoryId, meeting.date()));
			}
		}
	}

	private static Instant recordedAt(TerritoryFact fact) {
		LocalDate day = (fact instanceof Withdrawal) ? fact.occurredOn().plusWeeks(1) : fact.occurredOn();
		return day.atTime(LocalTime.of(18, 0)).atZone(PARIS).toInstant();
	}

	private static String id(String path) {
		return Datasets.id("territory", path);
	}

}
