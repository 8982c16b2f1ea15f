package fr.pes21.reporting.dla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import fr.pes21.contracts.dla.IndividualEngineeringStarted;
import fr.pes21.contracts.dla.IndividualEngineeringWithdrawn;
import fr.pes21.contracts.dla.PostEngineeringFollowUpHeld;
import fr.pes21.contracts.dla.PostEngineeringFollowUpWithdrawn;
import fr.pes21.contracts.dla.StructureWelcomeWithdrawn;
import fr.pes21.contracts.dla.StructureWelcomed;
import fr.pes21.reporting.Datasets;
import fr.pes21.reporting.FactPublisher;
import fr.pes21.reporting.facts.InMemoryFacts;
import fr.pes21.reporting.report.Figures;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A DLA dataset of {@code demo-data/} (on the test class path at {@code /datasets/}):
 * structures and their pathways written as the calls of docs/api.md "DLA" a person would
 * make (the demo-data loader replays it through the gateway), read here as the facts the
 * DLA service would publish for them. An item marked {@code "withdrawn": true} was
 * recorded, then withdrawn.
 * <p>
 * The facts mix the versions of {@code DiagnosticCompleted} as a topic does: the service
 * published version 1 (fact id = the diagnostic's) until completions got ids of their
 * own, version 2 since (docs/decisions/0010). The dataset takes {@link #V2_SINCE} as that
 * day, so each year's figures come from both versions.
 * <p>
 * Ids are derived from the refs ({@link Datasets#id}).
 */
public record DlaDataset(String about, List<Structure> structures, List<Engineering> engineerings) {

	/** The 2023–2025 pathways whose 2024 column is the activity report's. */
	static final String DLA_2024 = "/datasets/dla-2024.json";

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/**
	 * The completions recorded from this day on are published as
	 * {@code DiagnosticCompleted} version 2, those before as version 1.
	 */
	static final LocalDate V2_SINCE = LocalDate.of(2024, 7, 1);

	/**
	 * The 2024 dataset's facts as the dla-service publishes them, in order: for the tests
	 * of other packages (rebuild).
	 */
	public static List<ProducerRecord<String, byte[]>> published2024() {
		return read(DLA_2024).facts()
			.stream()
			.map((recorded) -> FactPublisher.record(recorded.fact(), "dla-service", recorded.recordedAt()))
			.toList();
	}

	static DlaDataset read(String location) {
		return Datasets.read(location, DlaDataset.class);
	}

	/** {@code POST /api/dla/structures} and what was then recorded for the structure. */
	record Structure(String ref, String name, String legalForm, String commune, Double employeesFte,
			List<Welcome> welcomes, List<Diagnostic> diagnostics, List<FollowUp> followUps) {
	}

	/** {@code POST /api/dla/structures/{id}/welcome}. */
	record Welcome(LocalDate date, boolean withdrawn, String note) {
	}

	/**
	 * {@code POST /api/dla/structures/{id}/diagnostics}; withdrawn, its completion is.
	 */
	record Diagnostic(LocalDate startedOn, LocalDate completedOn, List<String> needs, boolean withdrawn, String note) {
	}

	/** {@code POST /api/dla/structures/{id}/follow-ups}. */
	record FollowUp(LocalDate date, String kind, boolean withdrawn, String note) {
	}

	/**
	 * {@code POST /api/dla/engineerings} (structure refs for ids), its participants added
	 * later and its completion ("bilan").
	 */
	record Engineering(String ref, String kind, String topic, String consultant, double days, LocalDate startedOn,
			List<String> structureRefs, List<ParticipantAdded> participantsAdded, LocalDate completedOn,
			boolean withdrawn, String note) {

		boolean collective() {
			return "COLLECTIVE".equals(this.kind);
		}

	}

	/**
	 * {@code POST /api/dla/engineerings/{id}/participants}, taking part from
	 * {@code joinedOn} (the engineering's start when left out).
	 */
	record ParticipantAdded(String structureRef, LocalDate joinedOn, boolean withdrawn, String note) {
	}

	/**
	 * A fact as the DLA service would publish it.
	 *
	 * @param fact the fact
	 * @param recordedAt when it was recorded: the evening of its business date, a week
	 * later for a withdrawal
	 */
	record Recorded(DlaFact fact, Instant recordedAt) {
	}

	/**
	 * Every fact of the dataset: the recorded ones by business date, then withdrawals.
	 */
	List<Recorded> facts() {
		List<DlaFact> recorded = new ArrayList<>();
		List<DlaFact> withdrawals = new ArrayList<>();
		for (Structure structure : this.structures) {
			String structureId = structureId(structure.ref());
			String path = "structure/" + structure.ref();
			List<Welcome> welcomes = Datasets.orEmpty(structure.welcomes());
			for (int i = 0; i < welcomes.size(); i++) {
				Welcome welcome = welcomes.get(i);
				String id = id(path + "/welcome/" + i);
				recorded.add(new StructureWelcomed(id, structureId, welcome.date()));
				if (welcome.withdrawn()) {
					withdrawals.add(new StructureWelcomeWithdrawn(id, structureId, welcome.date()));
				}
			}
			List<Diagnostic> diagnostics = Datasets.orEmpty(structure.diagnostics());
			for (int i = 0; i < diagnostics.size(); i++) {
				Diagnostic diagnostic = diagnostics.get(i);
				String id = id(path + "/diagnostic/" + i);
				if (diagnostic.completedOn() != null) {
					DlaFact completed = diagnostic.completedOn().isBefore(V2_SINCE)
							? new DiagnosticCompletedV1(id, structureId, diagnostic.completedOn())
							: new DiagnosticCompleted(id(path + "/diagnostic/" + i + "/completion"), id, structureId,
									diagnostic.completedOn());
					recorded.add(completed);
					if (diagnostic.withdrawn()) {
						withdrawals.add(new DiagnosticCompletionWithdrawn(completed.factId(), structureId,
								diagnostic.completedOn()));
					}
				}
			}
			List<FollowUp> followUps = Datasets.orEmpty(structure.followUps());
			for (int i = 0; i < followUps.size(); i++) {
				FollowUp followUp = followUps.get(i);
				String id = id(path + "/follow-up/" + i);
				recorded.add(new PostEngineeringFollowUpHeld(id, structureId, followUp.date()));
				if (followUp.withdrawn()) {
					withdrawals.add(new PostEngineeringFollowUpWithdrawn(id, structureId, followUp.date()));
				}
			}
		}
		for (Engineering engineering : this.engineerings) {
			addEngineering(engineering, recorded, withdrawals);
		}
		List<Recorded> facts = new ArrayList<>();
		recorded.stream()
			.sorted(Comparator.comparing(DlaFact::occurredOn))
			.forEach((fact) -> facts.add(new Recorded(fact, recordedAt(fact))));
		withdrawals.stream()
			.sorted(Comparator.comparing(DlaFact::occurredOn))
			.forEach((fact) -> facts.add(new Recorded(fact, recordedAt(fact))));
		return facts;
	}

	/**
	 * The figures of a year from facts stored as {@link DlaReadModel} stores them (first
	 * arrival wins, a withdrawal marks the fact), without infrastructure.
	 */
	static Figures count(int year, List<Recorded> facts) {
		Collection<DlaRow> stored = InMemoryFacts.store(facts.stream().map(Recorded::fact).toList(), DlaRow::of,
				(first) -> new DlaRow(first.kind(), first.engineeringId(), first.structureIds(), first.year(), true));
		Figures figures = new Figures();
		DlaCounting.count(year, stored, figures);
		return figures;
	}

	/** The seven DLA figures in the report's order. */
	static List<Long> dlaColumn(Figures figures) {
		return figures.asMap()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith("dla."))
			.map(Map.Entry::getValue)
			.toList();
	}

	/** The structures by ref. */
	Map<String, Structure> structuresByRef() {
		return this.structures.stream().collect(Collectors.toMap(Structure::ref, Function.identity()));
	}

	/** The id the facts carry for the structure with this ref. */
	static String structureId(String ref) {
		return id("structure/" + ref);
	}

	private static void addEngineering(Engineering engineering, List<DlaFact> recorded, List<DlaFact> withdrawals) {
		String engineeringId = id("engineering/" + engineering.ref());
		List<String> structureIds = engineering.structureRefs().stream().map(DlaDataset::structureId).toList();
		if (engineering.collective()) {
			recorded.add(new CollectiveEngineeringStarted(engineeringId, engineeringId, structureIds,
					engineering.startedOn(), engineering.days()));
			for (ParticipantAdded added : Datasets.orEmpty(engineering.participantsAdded())) {
				String id = id("engineering/" + engineering.ref() + "/participant/" + added.structureRef());
				String structureId = structureId(added.structureRef());
				LocalDate joinedOn = (added.joinedOn() != null) ? added.joinedOn() : engineering.startedOn();
				recorded.add(new CollectiveEngineeringParticipantAdded(id, engineeringId, structureId, joinedOn,
						engineering.startedOn()));
				if (added.withdrawn()) {
					withdrawals
						.add(new CollectiveEngineeringParticipantWithdrawn(id, engineeringId, structureId, joinedOn));
				}
			}
			if (engineering.withdrawn()) {
				withdrawals
					.add(new CollectiveEngineeringWithdrawn(engineeringId, engineeringId, engineering.startedOn()));
			}
		}
		else {
			recorded.add(new IndividualEngineeringStarted(engineeringId, engineeringId, structureIds.getFirst(),
					engineering.startedOn(), engineering.days()));
			if (engineering.withdrawn()) {
				withdrawals.add(new IndividualEngineeringWithdrawn(engineeringId, engineeringId,
						structureIds.getFirst(), engineering.startedOn()));
			}
		}
		if (engineering.completedOn() != null) {
			recorded.add(new EngineeringCompleted(id("engineering/" + engineering.ref() + "/completion"), engineeringId,
					engineering.completedOn()));
		}
	}

	private static Instant recordedAt(DlaFact fact) {
		LocalDate day = (fact instanceof Withdrawal) ? fact.occurredOn().plusWeeks(1) : fact.occurredOn();
		return day.atTime(LocalTime.of(18, 0)).atZone(PARIS).toInstant();
	}

	private static String id(String path) {
		return Datasets.id("dla", path);
	}

}
