package fr.pes21.reporting.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import fr.pes21.contracts.Withdrawal;
import fr.pes21.contracts.events.EventKind;
import fr.pes21.reporting.Reports;
import fr.pes21.reporting.events.EventsDataset.Event;
import fr.pes21.reporting.events.EventsDataset.Recorded;
import fr.pes21.reporting.facts.InMemoryFacts;
import fr.pes21.reporting.report.Figures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dataset on its own, without infrastructure: its facts stored as the projection
 * stores them (first arrival wins, a withdrawal marks the fact) and counted with the
 * rules. {@code Events2024ReportIntegrationTests} proves the same through Kafka and
 * MongoDB.
 */
class EventsDatasetTests {

	private final EventsDataset dataset = EventsDataset.read(EventsDataset.EVENTS_2024);

	@Test
	void reproducesThe2024EventsFiguresOfTheActivityReport() {
		Figures figures = count(2024, this.dataset.facts());

		assertThat(figures.get("events.held.EXPERT_TALK")).isEqualTo(10);
		assertThat(figures.get("events.held.CFGA_WORKSHOP")).isEqualTo(5);
		assertThat(figures.get("events.held.COURSE")).isEqualTo(8);
		assertThat(figures.get("events.held.CLUB_EVENING")).isEqualTo(4);
	}

	@Test
	void countsEveryEventHeldIn2024AndTheAttendanceTheReportGives() {
		assertThat(events(count(2024, this.dataset.facts()))).isEqualTo(Events2024ReportIntegrationTests.YEAR_2024);
	}

	@Test
	void countsTheEventStartingOnNewYearsEveAtUtcInTheYearItStartsInDijon() {
		assertThat(events(count(2025, this.dataset.facts()))).isEqualTo(Events2024ReportIntegrationTests.YEAR_2025);
	}

	@Test
	void countsTheSameWhenEveryFactIsDeliveredTwice() {
		List<Recorded> twice = new ArrayList<>(this.dataset.facts());
		twice.addAll(this.dataset.facts());

		assertThat(events(count(2024, twice))).isEqualTo(Events2024ReportIntegrationTests.YEAR_2024);
	}

	@Test
	void holdsACancelledEventAWithdrawnEventAndAnAttendanceRecordedAgain() {
		List<String> withdrawals = this.dataset.facts()
			.stream()
			.map(Recorded::fact)
			.filter(Withdrawal.class::isInstance)
			.map((fact) -> fact.getClass().getSimpleName())
			.toList();

		assertThat(this.dataset.events()).filteredOn((event) -> event.cancellation() != null).hasSize(1);
		assertThat(this.dataset.events()).filteredOn(Event::withdrawn).singleElement().satisfies((event) -> {
			assertThat(event.held()).isTrue();
			assertThat(event.kind()).isEqualTo(EventKind.COURSE);
		});
		assertThat(this.dataset.events()).filteredOn((event) -> event.attendance() != null)
			.filteredOn((event) -> event.attendance().size() > 1)
			.hasSize(1);
		assertThat(withdrawals).containsExactlyInAnyOrder("EventHeldWithdrawn", "EventWithdrawn",
				"AttendanceWithdrawn");
	}

	@Test
	void keepsTheEventsOfTheActivityReportAsItTellsThem() {
		assertThat(event("club-2024-04-02").title()).isEqualTo("Les principes d'un écosystème de coopération");
		assertThat(event("club-2024-09-26").title()).isEqualTo("Construire une stratégie marketing efficace");
		assertThat(event("club-2024-12-10").venue()).startsWith("Tache Papier");
		assertThat(event("defi-pitch-2024-11-05").venue()).startsWith("Bistrot de la Scène");
		assertThat(event("defi-pitch-2024-11-05").partners()).contains("SASTI BFC", "Adie Bourgogne-Franche-Comté",
				"CAE Bourgogne", "BGE Perspectives");
		assertThat(event("defi-pitch-2024-11-05").attendance().getLast().count()).isEqualTo(140);
		assertThat(event("financements-europeens-2024-03-06").attendance().getLast().count()).isEqualTo(50);
		assertThat(event("matinee-financements-2024-10-18").attendance().getLast().count()).isEqualTo(25);
		assertThat(event("dynamique-benevole-2024-07-09").attendance().getLast().count()).isEqualTo(20);
		assertThat(event("table-ronde-2024-11-28").venue()).startsWith("Espace Co-Hop");
		assertThat(event("club-nouvel-an-2025").startsAt().toInstant())
			.isEqualTo(Instant.parse("2024-12-31T23:30:00Z"));
	}

	@Test
	void givesTheCoursesOfTheReportFourAtTheIrtessThreeAtTheIrtsAndOneAtTheFrancas() {
		List<Event> courses = this.dataset.events()
			.stream()
			.filter((event) -> event.kind() == EventKind.COURSE && event.held() && !event.withdrawn())
			.toList();

		assertThat(courses).filteredOn((course) -> course.venue().startsWith("IRTESS")).hasSize(4);
		assertThat(courses).filteredOn((course) -> course.venue().startsWith("IRTS")).hasSize(3);
		assertThat(courses).filteredOn((course) -> course.venue().contains("Francas")).hasSize(1);
	}

	private Event event(String ref) {
		return this.dataset.events().stream().filter((event) -> event.ref().equals(ref)).findFirst().orElseThrow();
	}

	/** The facts stored as {@link EventsReadModel} stores them, then counted. */
	private static Figures count(int year, List<Recorded> facts) {
		Collection<EventsRow> stored = InMemoryFacts.store(facts.stream().map(Recorded::fact).toList(), EventsRow::of,
				(first) -> new EventsRow(first.kind(), first.eventId(), first.eventKind(), first.attendance(),
						first.occurredOn(), true));
		Figures figures = new Figures();
		EventsCounting.count(year, stored, figures);
		return figures;
	}

	private static Map<String, Long> events(Figures figures) {
		return Reports.ofContext(figures.asMap(), "events");
	}

}
