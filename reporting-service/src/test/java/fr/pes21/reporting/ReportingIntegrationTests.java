package fr.pes21.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.pes21.contracts.Topics;
import fr.pes21.contracts.accompaniment.AccompanimentFact;
import fr.pes21.contracts.accompaniment.AccompanimentMeetingHeld;
import fr.pes21.contracts.accompaniment.AccompanimentMeetingWithdrawn;
import fr.pes21.contracts.accompaniment.MeetingKind;
import fr.pes21.contracts.accompaniment.PostCreationReviewDone;
import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.contracts.accompaniment.ProjectWelcomed;
import fr.pes21.contracts.accompaniment.StructureCreated;
import fr.pes21.contracts.accompaniment.StructureCreationWithdrawn;
import fr.pes21.reporting.report.Indicator;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.binder.BinderFactory;
import org.springframework.cloud.stream.binder.ExtendedPropertiesBinder;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.messaging.MessageChannel;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static fr.pes21.contracts.accompaniment.Programme.BENEFICE_CREA;
import static fr.pes21.contracts.accompaniment.Programme.CRDVA;
import static fr.pes21.contracts.accompaniment.Programme.EMERGENCE;
import static fr.pes21.contracts.accompaniment.Programme.OTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole service on a real Kafka broker and MongoDB wire server: facts published as
 * the accompaniment service publishes them, figures read through the API. Other test
 * classes may share the broker and the topic, so every test uses projects of its own and
 * checks the figures it moved, relative to what they were before.
 */
@WithRealInfrastructure
@SpringBootTest
@AutoConfigureMockMvc
class ReportingIntegrationTests {

	private static final String READER = TestTokens.bearer("ana", "READER");

	private static final Duration DEADLINE = Duration.ofSeconds(60);

	@Autowired
	private MockMvcTester mvc;

	private final FactPublisher publisher = new FactPublisher();

	@Autowired
	private BindingServiceProperties bindings;

	@Autowired
	private BinderFactory binders;

	@AfterEach
	void closePublisher() {
		this.publisher.close();
	}

	@Test
	void countsEachFactOnceAndMovesBackWhenOneIsWithdrawn() {
		// Given the figures before, and a year of accompaniment as the accompaniment
		// service publishes it
		Map<String, Long> before = indicators(2024);
		Map<String, Long> before2023 = indicators(2023);
		String p1 = project();
		String p2 = project();
		String p3 = project();
		String p4 = project();
		AccompanimentMeetingHeld p3Meeting = meeting(p3, CRDVA, "2024-06-03");
		StructureCreated p1Creation = new StructureCreated(id(), p1, BENEFICE_CREA, date("2024-09-02"), "SCOP", 2);
		List<ProducerRecord<String, byte[]>> year = List.of(
				record(new ProjectWelcomed(p1, p1, BENEFICE_CREA, date("2024-02-12"), "Dijon", "food"),
						"2024-02-12T15:00:00Z"),
				record(meeting(p1, BENEFICE_CREA, "2024-03-05"), "2024-03-05T17:00:00Z"),
				record(meeting(p1, BENEFICE_CREA, "2024-04-10"), "2024-04-10T16:00:00Z"),
				record(p1Creation, "2024-09-03T09:00:00Z"),
				record(new ProjectWelcomed(p2, p2, BENEFICE_CREA, date("2023-11-20"), "Beaune", null),
						"2023-11-20T10:00:00Z"),
				// held in December, typed in January: counts in December's year
				record(meeting(p2, BENEFICE_CREA, "2024-12-18"), "2025-01-06T08:30:00Z"),
				record(new ProjectWelcomed(p3, p3, CRDVA, date("2024-05-14"), "Dijon", "culture"),
						"2024-05-14T09:00:00Z"),
				record(p3Meeting, "2024-06-03T11:00:00Z"),
				record(new StructureCreated(id(), p3, CRDVA, date("2024-11-15"), "ASSOCIATION", 3),
						"2024-11-18T10:00:00Z"),
				record(new ProjectWelcomed(p4, p4, EMERGENCE, date("2024-01-09"), "Sombernon", "recycling"),
						"2024-01-09T10:00:00Z"),
				record(meeting(p4, EMERGENCE, "2024-01-30"), "2024-01-30T10:00:00Z"),
				record(new PostCreationReviewDone(id(), p4, EMERGENCE, date("2024-10-01")), "2024-10-02T08:00:00Z"));
		Map<String, Long> counted = new HashMap<>(Map.ofEntries(
				Map.entry("accompaniment.projectsWelcomed.BENEFICE_CREA", 1L),
				Map.entry("accompaniment.projectsWelcomed.CRDVA", 1L),
				Map.entry("accompaniment.projectsWelcomed.EMERGENCE", 1L),
				Map.entry("accompaniment.projectsWelcomed.total", 3L),
				Map.entry("accompaniment.projectsAccompanied.BENEFICE_CREA", 2L),
				Map.entry("accompaniment.projectsAccompanied.CRDVA", 1L),
				Map.entry("accompaniment.projectsAccompanied.EMERGENCE", 1L),
				Map.entry("accompaniment.projectsAccompanied.total", 4L),
				Map.entry("accompaniment.structuresCreated.BENEFICE_CREA", 1L),
				Map.entry("accompaniment.structuresCreated.CRDVA", 1L),
				Map.entry("accompaniment.structuresCreated.total", 2L),
				Map.entry("accompaniment.jobsCreated.BENEFICE_CREA", 2L),
				Map.entry("accompaniment.jobsCreated.CRDVA", 3L), Map.entry("accompaniment.jobsCreated.total", 5L),
				Map.entry("accompaniment.postCreationReviews.EMERGENCE", 1L),
				Map.entry("accompaniment.postCreationReviews.total", 1L)));

		// When it is published
		year.forEach(this::publish);

		// Then the report counts it
		awaitIndicators(2024, before, counted);
		awaitIndicators(2023, before2023,
				Map.of("accompaniment.projectsWelcomed.BENEFICE_CREA", 1L, "accompaniment.projectsWelcomed.total", 1L));

		// When every record is delivered again, records that are not facts arrive, and
		// two facts are withdrawn,
		// the withdrawn meeting being delivered once more after its withdrawal
		Instant withdrawnAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		year.forEach(this::publish);
		publish(new ProducerRecord<>(Topics.ACCOMPANIMENT, null, p3, utf8("{not json"), year.get(7).headers()));
		publish(new ProducerRecord<>(Topics.ACCOMPANIMENT, p3, utf8("garbage without CloudEvents headers")));
		publish(record(new AccompanimentMeetingWithdrawn(p3Meeting.factId(), p3, CRDVA, p3Meeting.occurredOn()),
				withdrawnAt.toString()));
		publish(year.get(7));
		publish(record(new StructureCreationWithdrawn(p1Creation.factId(), p1, BENEFICE_CREA, p1Creation.occurredOn()),
				withdrawnAt.toString()));

		// Then the figures move back by the withdrawals only, consumption having gone on
		// past the bad records
		counted.putAll(Map.of("accompaniment.projectsAccompanied.CRDVA", 0L, "accompaniment.projectsAccompanied.total",
				3L, "accompaniment.structuresCreated.BENEFICE_CREA", 0L, "accompaniment.structuresCreated.total", 1L,
				"accompaniment.jobsCreated.BENEFICE_CREA", 0L, "accompaniment.jobsCreated.total", 3L));
		awaitIndicators(2024, before, counted);
		FactPublisher.awaitEverythingConsumed(Topics.ACCOMPANIMENT, DEADLINE);
		assertThat(indicators(2024)).isEqualTo(expected(before, counted));
		assertThat(report(2024).get("lastEventAt")).isEqualTo(withdrawnAt.toString());
	}

	@Test
	void neverCountsAFactWhoseWithdrawalArrivedFirst() {
		Map<String, Long> before = indicators(2024);
		String project = project();
		AccompanimentMeetingHeld meeting = meeting(project, OTHER, "2024-07-09");

		publish(record(new AccompanimentMeetingWithdrawn(meeting.factId(), project, OTHER, meeting.occurredOn()),
				"2024-07-10T08:00:00Z"));
		publish(record(meeting, "2024-07-09T18:00:00Z"));
		// published after them on the same partition: once it counts, both were consumed
		publish(record(new ProjectWelcomed(project, project, OTHER, date("2024-07-01"), "Dijon", null),
				"2024-07-01T09:00:00Z"));

		awaitIndicators(2024, before,
				Map.of("accompaniment.projectsWelcomed.OTHER", 1L, "accompaniment.projectsWelcomed.total", 1L));
	}

	@Test
	void answersEveryIndicatorAtZeroForAYearWithoutFacts() {
		Map<String, Object> report = report(2100);

		assertThat(report).containsEntry("year", 2100).containsKey("lastEventAt");
		assertThat(indicators(2100)).hasSize(Indicator.allKeys().size())
			.allSatisfy((key, value) -> assertThat(value).isZero());
	}

	@Test
	void readsEveryFactTopicInBatchesFromTheBeginningAsTheReportingServiceGroup() {
		@SuppressWarnings("unchecked")
		var kafkaBinder = (ExtendedPropertiesBinder<MessageChannel, KafkaConsumerProperties, ?>) this.binders
			.getBinder(null, MessageChannel.class);
		Map<String, String> topics = Map.of("accompanimentFacts-in-0", Topics.ACCOMPANIMENT, "dlaFacts-in-0",
				Topics.DLA, "territoryFacts-in-0", Topics.TERRITORY, "eventsFacts-in-0", Topics.EVENTS);

		topics.forEach((binding, topic) -> {
			assertThat(this.bindings.getBindingDestination(binding)).isEqualTo(topic);
			assertThat(this.bindings.getGroup(binding)).isEqualTo("reporting-service");
			assertThat(this.bindings.getConsumerProperties(binding).isBatchMode()).isTrue();
			assertThat(this.bindings.getConsumerProperties(binding).isUseNativeDecoding()).isTrue();
			KafkaConsumerProperties kafka = kafkaBinder.getExtendedConsumerProperties(binding);
			assertThat(kafka.getStartOffset()).isEqualTo(KafkaConsumerProperties.StartOffset.earliest);
			assertThat(kafka.getCommonErrorHandlerBeanName()).isEqualTo("factConsumerErrorHandler");
		});
	}

	@Test
	void answers401WithoutAToken() {
		assertThat(this.mvc.get().uri("/api/reports/years/2024")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void answersAProblemFor400WhenTheYearIsNotANumber() {
		assertThat(this.mvc.get().uri("/api/reports/years/abc").header(HttpHeaders.AUTHORIZATION, READER))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void answersAProblemFor400WhenTheYearIsOutOfRange() {
		assertThat(this.mvc.get().uri("/api/reports/years/1999").header(HttpHeaders.AUTHORIZATION, READER))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private void awaitIndicators(int year, Map<String, Long> before, Map<String, Long> moved) {
		Map<String, Long> expected = expected(before, moved);
		await().atMost(DEADLINE).untilAsserted(() -> assertThat(indicators(year)).isEqualTo(expected));
	}

	private static Map<String, Long> expected(Map<String, Long> before, Map<String, Long> moved) {
		Map<String, Long> expected = new HashMap<>(before);
		moved.forEach((key, delta) -> expected.merge(key, delta, Long::sum));
		return expected;
	}

	private Map<String, Long> indicators(int year) {
		return Reports.indicators(this.mvc, year);
	}

	private Map<String, Object> report(int year) {
		return Reports.of(this.mvc, year);
	}

	private static ProducerRecord<String, byte[]> record(AccompanimentFact fact, String recordedAt) {
		return FactPublisher.record(fact, "accompaniment-service", Instant.parse(recordedAt));
	}

	private void publish(ProducerRecord<String, byte[]> record) {
		this.publisher.publish(record);
	}

	private static AccompanimentMeetingHeld meeting(String projectId, Programme programme, String date) {
		return new AccompanimentMeetingHeld(id(), projectId, programme, date(date), MeetingKind.FOLLOW_UP);
	}

	private static String project() {
		return id();
	}

	private static String id() {
		return UUID.randomUUID().toString();
	}

	private static LocalDate date(String date) {
		return LocalDate.parse(date);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
