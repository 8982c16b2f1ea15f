package fr.pes21.reporting.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.pes21.contracts.Topics;
import fr.pes21.contracts.events.AttendanceRecorded;
import fr.pes21.contracts.events.EventCancelled;
import fr.pes21.contracts.events.EventFact;
import fr.pes21.contracts.events.EventHeld;
import fr.pes21.contracts.events.EventKind;
import fr.pes21.contracts.events.EventScheduled;
import fr.pes21.reporting.FactPublisher;
import fr.pes21.reporting.Reports;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The 2024 events figures of the activity report, reproduced by the whole service on a
 * real Kafka broker and MongoDB wire server from {@code datasets/events-2024.json},
 * published as the events service publishes its facts. The events figures of 2024–2025
 * and 2030–2031 belong to this test: no other test of this module publishes events facts.
 */
@WithRealInfrastructure
@SpringBootTest
@AutoConfigureMockMvc
class Events2024ReportIntegrationTests {

	/**
	 * The dataset's 2024: the report's 10 talks, 5 CFGA workshops, 8 courses and 4 Club
	 * evenings, the other events it names, and the attendance it gives (140 + 50 + 25 +
	 * 20).
	 */
	static final Map<String, Long> YEAR_2024 = eventsFigures(Map.of(EventKind.CLUB_EVENING, 4L, EventKind.EXPERT_TALK,
			10L, EventKind.CFGA_WORKSHOP, 5L, EventKind.COURSE, 8L, EventKind.PITCH_CONTEST, 2L, EventKind.CONFERENCE,
			6L, EventKind.WORKSHOP, 4L, EventKind.WEBINAR, 2L, EventKind.OTHER, 5L), 235);

	/** The dataset's 2025: the Club evening starting at 2024-12-31T23:30:00Z. */
	static final Map<String, Long> YEAR_2025 = eventsFigures(Map.of(EventKind.CLUB_EVENING, 1L), 30);

	private static final Duration DEADLINE = Duration.ofSeconds(60);

	@Autowired
	private MockMvcTester mvc;

	private final FactPublisher publisher = new FactPublisher();

	@AfterEach
	void closePublisher() {
		this.publisher.close();
	}

	@Test
	void reproducesThe2024EventsFiguresOfTheActivityReportFromTheDatasetDeliveredTwice() {
		// Given the events of the dataset, a cancelled one, a withdrawn one and an
		// attendance recorded again included, as the events service publishes them
		List<ProducerRecord<String, byte[]>> records = EventsDataset.read(EventsDataset.EVENTS_2024)
			.facts()
			.stream()
			.map((recorded) -> record(recorded.fact(), recorded.recordedAt()))
			.toList();

		// When every record is delivered twice, the facts again after their withdrawals
		records.forEach(this.publisher::publish);
		records.forEach(this.publisher::publish);

		// Then the report shows the 2024 events figures of the activity report, and keeps
		// showing them once everything is consumed
		await().atMost(DEADLINE).untilAsserted(() -> assertThat(events(2024)).isEqualTo(YEAR_2024));
		FactPublisher.awaitEverythingConsumed(Topics.EVENTS, DEADLINE);
		assertThat(events(2024)).isEqualTo(YEAR_2024);
		assertThat(events(2024)).containsEntry("events.held.EXPERT_TALK", 10L)
			.containsEntry("events.held.CFGA_WORKSHOP", 5L)
			.containsEntry("events.held.COURSE", 8L)
			.containsEntry("events.held.CLUB_EVENING", 4L);
		// and the evening starting on New Year's Eve at 23:30 UTC in 2025, the day it
		// starts in Dijon
		assertThat(events(2025)).isEqualTo(YEAR_2025);
	}

	@Test
	void countsAnAttendanceRecordedTheNextYearInTheYearTheEventWasHeldAndNothingOfACancelledEvent() {
		// Given an evening held in December 2030 whose attendance is dated in January,
		// and
		// a webinar marked held whose cancellation is active
		String evening = "evening-2030";
		String webinar = "webinar-2030";
		List<EventFact> facts = List.of(
				new EventScheduled(evening, evening, EventKind.CLUB_EVENING, Instant.parse("2030-12-10T17:30:00Z"), 40,
						date("2030-12-10")),
				new EventHeld("evening-2030-held", evening, EventKind.CLUB_EVENING, date("2030-12-10")),
				new AttendanceRecorded("evening-2030-attendance", evening, EventKind.CLUB_EVENING, 42,
						date("2031-01-06")),
				new EventScheduled(webinar, webinar, EventKind.WEBINAR, Instant.parse("2030-11-05T17:00:00Z"), null,
						date("2030-11-05")),
				new EventHeld("webinar-2030-held", webinar, EventKind.WEBINAR, date("2030-11-05")),
				new AttendanceRecorded("webinar-2030-attendance", webinar, EventKind.WEBINAR, 15, date("2030-11-05")),
				new EventCancelled("webinar-2030-cancellation", webinar, EventKind.WEBINAR, date("2030-11-05")));

		// When they are published
		facts.forEach((fact) -> this.publisher.publish(record(fact, Instant.parse("2031-01-06T09:00:00Z"))));

		// Then 2030 counts the evening with its attendance, and 2031 nothing
		Map<String, Long> year2030 = eventsFigures(Map.of(EventKind.CLUB_EVENING, 1L), 42);
		await().atMost(DEADLINE).untilAsserted(() -> assertThat(events(2030)).isEqualTo(year2030));
		FactPublisher.awaitEverythingConsumed(Topics.EVENTS, DEADLINE);
		assertThat(events(2030)).isEqualTo(year2030);
		assertThat(events(2031)).isEqualTo(eventsFigures(Map.of(), 0));
	}

	private Map<String, Long> events(int year) {
		return Reports.indicators(this.mvc, year, "events");
	}

	private static Map<String, Long> eventsFigures(Map<EventKind, Long> held, long participants) {
		Map<String, Long> figures = new LinkedHashMap<>();
		for (EventKind kind : EventKind.values()) {
			figures.put("events.held." + kind.name(), held.getOrDefault(kind, 0L));
		}
		figures.put("events.held.total", held.values().stream().mapToLong(Long::longValue).sum());
		figures.put("events.participants", participants);
		return figures;
	}

	private static ProducerRecord<String, byte[]> record(EventFact fact, Instant recordedAt) {
		return FactPublisher.record(fact, "events-service", recordedAt);
	}

	private static LocalDate date(String date) {
		return LocalDate.parse(date);
	}

}
