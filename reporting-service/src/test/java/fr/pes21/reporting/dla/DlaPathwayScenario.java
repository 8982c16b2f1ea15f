package fr.pes21.reporting.dla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import fr.pes21.contracts.dla.CollectiveEngineeringParticipantAdded;
import fr.pes21.contracts.dla.CollectiveEngineeringStarted;
import fr.pes21.contracts.dla.DiagnosticCompleted;
import fr.pes21.contracts.dla.DiagnosticCompletedV1;
import fr.pes21.contracts.dla.DiagnosticCompletionWithdrawn;
import fr.pes21.contracts.dla.DlaFact;
import fr.pes21.contracts.dla.EngineeringCompleted;
import fr.pes21.contracts.dla.IndividualEngineeringStarted;
import fr.pes21.contracts.dla.PostEngineeringFollowUpHeld;
import fr.pes21.contracts.dla.StructureWelcomed;
import fr.pes21.reporting.Datasets;
import fr.pes21.reporting.FactPublisher;
import fr.pes21.reporting.dla.DlaDataset.Recorded;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The DLA pathway rules (docs/domain.md, "The DLA pathway rules") as the facts the DLA
 * service publishes for them, in 2041–2043 (years no other test of this module uses), in
 * the order they were recorded, with both versions of {@code DiagnosticCompleted} as a
 * topic holds them after the service's upgrade (docs/decisions/0010):
 * <ul>
 * <li>a structure that comes back: welcomed in 2042 (recorded first), then in 2041, with
 * a second pathway in 2042–2043;</li>
 * <li>structures added to a collective engineering of November 2042 after its start: one
 * from the start (no {@code joinedOn}), one in January 2043;</li>
 * <li>a post-engineering follow-up of a structure with no recorded engineering;</li>
 * <li>a completion published as v1, withdrawn after the upgrade, recorded again as v2;
 * and a v2 completion withdrawn and recorded again.</li>
 * </ul>
 */
public final class DlaPathwayScenario {

	/**
	 * The seven DLA figures of 2041 in the report's order (docs/domain.md): structures
	 * welcomed, beneficiaries, diagnostics, individual and collective engineerings,
	 * structures in collective engineerings, post-engineering follow-ups.
	 */
	static final List<Long> COLUMN_2041 = List.of(2L, 1L, 1L, 0L, 0L, 0L, 0L);

	static final List<Long> COLUMN_2042 = List.of(1L, 6L, 1L, 1L, 1L, 4L, 0L);

	static final List<Long> COLUMN_2043 = List.of(0L, 2L, 0L, 0L, 0L, 0L, 2L);

	/** The years the scenario fills. */
	public static final List<Integer> YEARS = List.of(2041, 2042, 2043);

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private DlaPathwayScenario() {
	}

	/** The facts in the order they were recorded, each with when. */
	static List<Recorded> facts() {
		String returning = id("structure/returning");
		String other = id("structure/other");
		String first = id("structure/first");
		String second = id("structure/second");
		String fromStart = id("structure/from-start");
		String joinedLater = id("structure/joined-later");
		String history = id("structure/history");
		String diagnosedBefore = id("structure/diagnosed-before-upgrade");
		String diagnosedAfter = id("structure/diagnosed-after-upgrade");
		String collective = id("engineering/collective");
		String individual = id("engineering/individual");
		String oldDiagnostic = id("diagnostic/before-upgrade");
		String newDiagnostic = id("diagnostic/after-upgrade");
		List<Recorded> facts = new ArrayList<>();
		// Recorded before the upgrade: DiagnosticCompleted v1, fact id = the diagnostic's
		add(facts, new StructureWelcomed(id("welcome/other"), other, date("2041-06-01")), "2041-06-01");
		add(facts, new DiagnosticCompletedV1(oldDiagnostic, diagnosedBefore, date("2041-10-05")), "2041-10-05");
		// After it: the structure's second pathway, recorded before its first one
		add(facts, new StructureWelcomed(id("welcome/returning/2042"), returning, date("2042-05-04")), "2042-05-04");
		add(facts, new StructureWelcomed(id("welcome/returning/2041"), returning, date("2041-03-09")), "2042-05-05");
		// the v1 completion withdrawn by mistake, recorded again with its own id
		add(facts, new DiagnosticCompletionWithdrawn(oldDiagnostic, diagnosedBefore, date("2041-10-05")), "2042-01-12");
		add(facts, new DiagnosticCompleted(id("completion/before-upgrade/again"), oldDiagnostic, diagnosedBefore,
				date("2041-10-06")), "2042-01-12");
		// a v2 completion withdrawn and recorded again
		String mistaken = id("completion/after-upgrade");
		add(facts, new DiagnosticCompleted(mistaken, newDiagnostic, diagnosedAfter, date("2042-02-10")), "2042-02-10");
		add(facts, new DiagnosticCompletionWithdrawn(mistaken, diagnosedAfter, date("2042-02-10")), "2042-02-11");
		add(facts, new DiagnosticCompleted(id("completion/after-upgrade/again"), newDiagnostic, diagnosedAfter,
				date("2042-02-11")), "2042-02-11");
		add(facts, new IndividualEngineeringStarted(individual, individual, returning, date("2042-06-20"), 5),
				"2042-06-20");
		add(facts,
				new CollectiveEngineeringStarted(collective, collective, List.of(first, second), date("2042-11-18"), 4),
				"2042-11-18");
		// typed in weeks later, without joinedOn: from the engineering's start
		add(facts, new CollectiveEngineeringParticipantAdded(id("participant/from-start"), collective, fromStart,
				date("2042-11-18"), date("2042-11-18")), "2043-02-20");
		add(facts, new CollectiveEngineeringParticipantAdded(id("participant/joined-later"), collective, joinedLater,
				date("2043-01-13"), date("2042-11-18")), "2043-01-13");
		// no engineering recorded: it predates the software
		add(facts, new PostEngineeringFollowUpHeld(id("follow-up/history"), history, date("2043-02-02")), "2043-02-02");
		add(facts, new PostEngineeringFollowUpHeld(id("follow-up/returning"), returning, date("2043-03-07")),
				"2043-03-07");
		add(facts, new EngineeringCompleted(id("completion/collective"), collective, date("2043-03-28")), "2043-03-28");
		return facts;
	}

	/**
	 * The facts as Kafka records, in the order they were recorded: for the tests of other
	 * packages (rebuild).
	 */
	public static List<ProducerRecord<String, byte[]>> published() {
		return facts().stream()
			.map((recorded) -> FactPublisher.record(recorded.fact(), "dla-service", recorded.recordedAt()))
			.toList();
	}

	private static void add(List<Recorded> facts, DlaFact fact, String recordedOn) {
		Instant recordedAt = date(recordedOn).atTime(LocalTime.of(18, 0)).atZone(PARIS).toInstant();
		facts.add(new Recorded(fact, recordedAt));
	}

	private static LocalDate date(String date) {
		return LocalDate.parse(date);
	}

	private static String id(String path) {
		return Datasets.id("dla-pathway-scenario", path);
	}

}
