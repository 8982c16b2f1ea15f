package fr.pes21.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.FactSchemas;
import fr.pes21.contracts.Topics;
import fr.pes21.contracts.events.AttendanceRecorded;
import fr.pes21.contracts.events.EventHeld;
import fr.pes21.contracts.events.EventKind;
import fr.pes21.contracts.events.EventScheduled;
import fr.pes21.contracts.events.RegistrationMovedUp;
import fr.pes21.contracts.events.RegistrationReceived;
import fr.pes21.contracts.events.RegistrationStatus;
import fr.pes21.testsupport.FactsOnTopic;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What leaves the service: the facts on {@code pes21.events.events}, as the reporting
 * service reads them, and its log lines. Our code and Spring MVC log at DEBUG here (the
 * request bodies they read and the answers they write), so that a name or an e-mail
 * address slipping into a log line shows.
 */
@WithRealInfrastructure
@SpringBootTest(properties = { "logging.level.fr.pes21=DEBUG", "logging.level.org.springframework.web=DEBUG" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class EventsFactsIntegrationTests {

	private static final String EVENTS = "/api/events";

	private static final String STAFF = TestTokens.bearer("alice", "STAFF");

	private static final String FACT_TYPE = "fr.pes21.events.%s.v1";

	// What stays in the service: must never appear on Kafka nor in a log line.
	private static final List<String> REGISTRANTS = List.of("Camille Durand", "camille.durand@example.org",
			"Dominique Martin", "dominique.martin@example.org", "Eve Leroy", "eve.leroy@example.org");

	private static final List<String> EVENT_DETAILS = List.of("Défi Pitch", "Bistrot de la Scène", "SASTI BFC", "Adie",
			"Salle indisponible");

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Clock clock;

	@Test
	void everyRecordedFactIsPublishedInOrderAsAValidCloudEventWithoutPersonalData(CapturedOutput output)
			throws Exception {
		// A Mois de l'ESS pitch contest next week with one place: registrations, a
		// cancellation that moves the waiting list up, the event cancelled, that
		// cancellation withdrawn, cancelled again, then the whole event withdrawn.
		String pitch = record(EVENTS, """
				{"title": "Défi Pitch", "kind": "PITCH_CONTEST", "startsAt": "%s", "venue": "Bistrot de la Scène",
				 "capacity": 1, "partners": ["SASTI BFC", "Adie"]}
				""".formatted(Instant.now(this.clock).plus(Duration.ofDays(7))));
		String camille = record(EVENTS + "/" + pitch + "/registrations", registration(0));
		String dominique = record(EVENTS + "/" + pitch + "/registrations", registration(1));
		String eve = record(EVENTS + "/" + pitch + "/registrations", registration(2));
		attempt(EVENTS + "/" + pitch + "/registrations", registration(2)).andExpect(status().isUnprocessableContent());
		attempt(EVENTS + "/" + pitch + "/registrations",
				"{\"name\": \"Camille Durand\", \"email\": \"Camille Durand\"}")
			.andExpect(status().isBadRequest());
		withdraw(EVENTS + "/" + pitch + "/registrations/" + camille);
		this.mvc.perform(get(EVENTS + "/" + pitch).header(HttpHeaders.AUTHORIZATION, STAFF)).andExpect(status().isOk());
		this.mvc.perform(get(EVENTS + "/" + pitch + "/registrations").header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(status().isOk());
		record(EVENTS + "/" + pitch + "/cancellation", "{\"reason\": \"Salle indisponible\"}");
		withdraw(EVENTS + "/" + pitch + "/cancellation");
		record(EVENTS + "/" + pitch + "/cancellation", "{}");
		withdraw(EVENTS + "/" + pitch);

		// A Club evening on New Year's Eve at 23:30 UTC, held on 1 January 2025 in Paris:
		// held, attendance recorded then replaced, held withdrawn and recorded again.
		String newYear = record(EVENTS, event("2024-12-31T23:30:00Z"));
		record(EVENTS + "/" + newYear + "/held", "{}");
		record(EVENTS + "/" + newYear + "/attendance", "{\"count\": 30}");
		String replaced = record(EVENTS + "/" + newYear + "/attendance", "{\"count\": 42}");
		withdraw(EVENTS + "/" + newYear + "/held");
		String heldAgain = record(EVENTS + "/" + newYear + "/held", "{}");
		String attendance = record(EVENTS + "/" + newYear + "/attendance", "{\"count\": 40}");

		// An event entered by mistake after it was held: everything on it withdrawn,
		// latest first.
		String mistaken = record(EVENTS, event("2024-03-06T08:00:00Z"));
		record(EVENTS + "/" + mistaken + "/held", "{}");
		record(EVENTS + "/" + mistaken + "/attendance", "{\"count\": 50}");
		withdraw(EVENTS + "/" + mistaken);

		Map<String, List<String>> expected = new LinkedHashMap<>();
		expected.put(pitch,
				types("EventScheduled", "RegistrationReceived", "RegistrationReceived", "RegistrationReceived",
						"RegistrationCancelled", "RegistrationMovedUp", "EventCancelled", "EventCancellationWithdrawn",
						"EventCancelled", "EventCancellationWithdrawn", "EventWithdrawn"));
		expected.put(newYear, types("EventScheduled", "EventHeld", "AttendanceRecorded", "AttendanceWithdrawn",
				"AttendanceRecorded", "AttendanceWithdrawn", "EventHeldWithdrawn", "EventHeld", "AttendanceRecorded"));
		expected.put(mistaken, types("EventScheduled", "EventHeld", "AttendanceRecorded", "AttendanceWithdrawn",
				"EventHeldWithdrawn", "EventWithdrawn"));
		int expectedCount = expected.values().stream().mapToInt(List::size).sum();

		try (FactsOnTopic topic = FactsOnTopic.onRealInfrastructure(Topics.EVENTS, expected.keySet())) {
			await().atMost(Duration.ofSeconds(60)).until(() -> topic.pollFacts().size() >= expectedCount);

			List<ConsumerRecord<byte[], byte[]>> received = topic.poll();
			for (ConsumerRecord<byte[], byte[]> record : received) {
				FactEnvelope fact = FactsOnTopic.envelope(record);
				assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(fact.subject());
				assertThat(fact.source()).isEqualTo("/pes21/events-service");
				assertThat(FactSchemas.violations(fact)).as(fact.type()).isEmpty();
				assertThat(FactsOnTopic.everything(record)).doesNotContain(REGISTRANTS)
					.doesNotContain(EVENT_DETAILS)
					.doesNotContain("Camille", "Dominique", "example.org");
			}
			List<FactEnvelope> facts = topic.pollFacts();
			assertThat(facts).hasSize(expectedCount);
			expected.forEach((subject, types) -> assertThat(typesOf(facts, subject)).as(subject).isEqualTo(types));

			LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Paris")));
			List<FactEnvelope> pitchFacts = factsOf(facts, pitch);
			assertThat(pitchFacts.get(1).fact())
				.isEqualTo(new RegistrationReceived(camille, camille, pitch, RegistrationStatus.CONFIRMED, today));
			assertThat(pitchFacts.get(3).fact())
				.isEqualTo(new RegistrationReceived(eve, eve, pitch, RegistrationStatus.WAITLISTED, today));
			RegistrationMovedUp movedUp = (RegistrationMovedUp) pitchFacts.get(5).fact();
			assertThat(movedUp.registrationId()).isEqualTo(dominique);
			assertThat(movedUp.occurredOn()).isEqualTo(today);

			LocalDate newYearsDay = LocalDate.of(2025, 1, 1);
			List<FactEnvelope> newYearFacts = factsOf(facts, newYear);
			assertThat(newYearFacts.getFirst().fact()).isEqualTo(new EventScheduled(newYear, newYear,
					EventKind.CLUB_EVENING, Instant.parse("2024-12-31T23:30:00Z"), 80, newYearsDay));
			assertThat(newYearFacts.get(4).fact())
				.isEqualTo(new AttendanceRecorded(replaced, newYear, EventKind.CLUB_EVENING, 42, newYearsDay));
			assertThat(newYearFacts.get(7).fact())
				.isEqualTo(new EventHeld(heldAgain, newYear, EventKind.CLUB_EVENING, newYearsDay));
			assertThat(newYearFacts.get(8).fact())
				.isEqualTo(new AttendanceRecorded(attendance, newYear, EventKind.CLUB_EVENING, 40, newYearsDay));
		}

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					this.mongo.count(Query.query(Criteria.where("outbox.0").exists(true)), Document.class, "events"))
				.as("events with pending facts")
				.isZero());

		// Nothing logged during the registrations names anyone, even for the one refused
		// for its invalid e-mail address (platform's RequestLogsIntegrationTests proves
		// the
		// capture sees request lines at DEBUG).
		assertThat(output.getAll()).doesNotContain(REGISTRANTS).doesNotContain("Camille", "Dominique", "example.org");
	}

	private static List<String> types(String... names) {
		return Arrays.stream(names).map(FACT_TYPE::formatted).toList();
	}

	private static List<FactEnvelope> factsOf(List<FactEnvelope> facts, String subject) {
		return facts.stream().filter((fact) -> fact.subject().equals(subject)).toList();
	}

	private static List<String> typesOf(List<FactEnvelope> facts, String subject) {
		return factsOf(facts, subject).stream().map(FactEnvelope::type).toList();
	}

	private static String event(String startsAt) {
		return """
				{"title": "Soirée du Club", "kind": "CLUB_EVENING", "startsAt": "%s", "capacity": 80}
				""".formatted(startsAt);
	}

	/** The registration of the n-th registrant. */
	private static String registration(int n) {
		return """
				{"name": "%s", "email": "%s"}
				""".formatted(REGISTRANTS.get(2 * n), REGISTRANTS.get(2 * n + 1));
	}

	private ResultActions attempt(String path, String body) throws Exception {
		return this.mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, STAFF)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private String record(String path, String body) throws Exception {
		MvcResult result = attempt(path, body).andExpect(status().isCreated()).andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	private void withdraw(String path) throws Exception {
		this.mvc.perform(delete(path).header(HttpHeaders.AUTHORIZATION, STAFF)).andExpect(status().isNoContent());
	}

}
