package fr.pes21.dla;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.FactSchemas;
import fr.pes21.contracts.Topics;
import fr.pes21.contracts.dla.CollectiveEngineeringParticipantAdded;
import fr.pes21.contracts.dla.CollectiveEngineeringStarted;
import fr.pes21.contracts.dla.DiagnosticCompleted;
import fr.pes21.contracts.dla.IndividualEngineeringStarted;
import fr.pes21.testsupport.FactsOnTopic;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What leaves the service: the facts on {@code pes21.dla.events}, as any consumer (the
 * reporting service, the regional DLA network's webhook) reads them.
 */
@WithRealInfrastructure
@SpringBootTest
@AutoConfigureMockMvc
class DlaFactsIntegrationTests {

	private static final String STRUCTURES = "/api/dla/structures";

	private static final String ENGINEERINGS = "/api/dla/engineerings";

	private static final String STAFF = TestTokens.bearer("alice", "STAFF");

	private static final String FACT_TYPE = "fr.pes21.dla.%s.v1";

	// What stays in the service: must never appear on Kafka.
	private static final String NAME = "Le Cri de la Plume";

	private static final String OTHER_NAME = "Recyclerie du Val";

	private static final String TOPIC = "Définir une stratégie commerciale, éthique et solidaire";

	private static final String CONSULTANT = "Cabinet 3ème Élément";

	private static final String SIRET = "44379696500012";

	private static final String COMMUNE = "Talant";

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Test
	void everyRecordedFactIsPublishedInOrderAsAValidCloudEventWithoutNames() throws Exception {
		String plume = record(STRUCTURES, structure(NAME, SIRET));
		String other = record(STRUCTURES, structure(OTHER_NAME, null));
		String joining = record(STRUCTURES, structure("Structure ajoutée", null));

		record(STRUCTURES + "/" + plume + "/welcome", "{\"date\": \"2023-03-14\"}");
		String diagnostic = record(STRUCTURES + "/" + plume + "/diagnostics", """
				{"startedOn": "2023-05-02", "completedOn": "2023-06-20", "needs": ["%s"]}
				""".formatted(TOPIC));
		String individual = record(ENGINEERINGS, engineering("INDIVIDUAL", "2023-10-02", plume));
		record(ENGINEERINGS + "/" + individual + "/completion", "{\"date\": \"2024-01-15\"}");
		record(STRUCTURES + "/" + plume + "/follow-ups", "{\"date\": \"2024-02-12\", \"kind\": \"POST_ENGINEERING\"}");
		String mistakenFollowUp = record(STRUCTURES + "/" + plume + "/follow-ups",
				"{\"date\": \"2024-03-12\", \"kind\": \"POST_ENGINEERING\"}");
		withdraw(STRUCTURES + "/" + plume + "/follow-ups/" + mistakenFollowUp);

		record(STRUCTURES + "/" + other + "/welcome", "{\"date\": \"2024-01-09\"}");
		withdraw(STRUCTURES + "/" + other + "/welcome");
		String otherDiagnostic = record(STRUCTURES + "/" + other + "/diagnostics", "{\"startedOn\": \"2024-02-01\"}");
		record("/api/dla/diagnostics/" + otherDiagnostic + "/completion", "{\"date\": \"2024-03-01\"}");
		withdraw("/api/dla/diagnostics/" + otherDiagnostic + "/completion");

		String collective = record(ENGINEERINGS, engineering("COLLECTIVE", "2024-06-03", plume, other));
		String joined = record(ENGINEERINGS + "/" + collective + "/participants",
				"{\"structureId\": \"" + joining + "\", \"date\": \"2024-06-17\"}");
		record(ENGINEERINGS + "/" + collective + "/completion", "{\"date\": \"2024-09-30\"}");

		String mistaken = record(ENGINEERINGS, engineering("COLLECTIVE", "2024-10-01", plume, other));
		record(ENGINEERINGS + "/" + mistaken + "/participants",
				"{\"structureId\": \"" + joining + "\", \"date\": \"2024-10-15\"}");
		record(ENGINEERINGS + "/" + mistaken + "/completion", "{\"date\": \"2024-12-31\"}");
		withdraw(ENGINEERINGS + "/" + mistaken);

		Map<String, List<String>> expected = new LinkedHashMap<>();
		expected.put(plume, types("StructureWelcomed", "DiagnosticCompleted", "PostEngineeringFollowUpHeld",
				"PostEngineeringFollowUpHeld", "PostEngineeringFollowUpWithdrawn"));
		expected.put(other, types("StructureWelcomed", "StructureWelcomeWithdrawn", "DiagnosticCompleted",
				"DiagnosticCompletionWithdrawn"));
		expected.put(individual, types("IndividualEngineeringStarted", "EngineeringCompleted"));
		expected.put(collective,
				types("CollectiveEngineeringStarted", "CollectiveEngineeringParticipantAdded", "EngineeringCompleted"));
		expected.put(mistaken,
				types("CollectiveEngineeringStarted", "CollectiveEngineeringParticipantAdded", "EngineeringCompleted",
						"EngineeringCompletionWithdrawn", "CollectiveEngineeringParticipantWithdrawn",
						"CollectiveEngineeringWithdrawn"));
		int expectedCount = expected.values().stream().mapToInt(List::size).sum();

		try (FactsOnTopic topic = FactsOnTopic.onRealInfrastructure(Topics.DLA, expected.keySet())) {
			await().atMost(Duration.ofSeconds(60)).until(() -> topic.pollFacts().size() >= expectedCount);

			List<ConsumerRecord<byte[], byte[]>> received = topic.poll();
			for (ConsumerRecord<byte[], byte[]> record : received) {
				FactEnvelope fact = FactsOnTopic.envelope(record);
				assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(fact.subject());
				assertThat(fact.source()).isEqualTo("/pes21/dla-service");
				assertThat(FactSchemas.violations(fact)).as(fact.type()).isEmpty();
				assertThat(FactsOnTopic.everything(record)).doesNotContain(NAME, OTHER_NAME, TOPIC, CONSULTANT, SIRET,
						COMMUNE, "Cabinet", "stratégie");
			}
			// Delivery is at least once: a fact may come twice, always with the same id
			// and
			// data; consumers keep its first occurrence, and those are in the order the
			// facts
			// were recorded on each aggregate.
			List<FactEnvelope> facts = FactsOnTopic.firstOccurrences(received);
			assertThat(facts).hasSize(expectedCount);
			assertThat(received).allSatisfy((record) -> {
				FactEnvelope fact = FactsOnTopic.envelope(record);
				FactEnvelope first = facts.stream()
					.filter((kept) -> kept.id().equals(fact.id()))
					.findFirst()
					.orElseThrow();
				assertThat(fact.data()).isEqualTo(first.data());
			});
			expected.forEach((subject, types) -> assertThat(typesOf(facts, subject)).as(subject).isEqualTo(types));

			assertThat(factsOf(facts, plume).get(1).fact())
				.isEqualTo(new DiagnosticCompleted(diagnostic, plume, LocalDate.of(2023, 6, 20)));
			assertThat(factsOf(facts, individual).get(0).fact()).isEqualTo(
					new IndividualEngineeringStarted(individual, individual, plume, LocalDate.of(2023, 10, 2), 5));
			assertThat(factsOf(facts, collective).get(0).fact()).isEqualTo(new CollectiveEngineeringStarted(collective,
					collective, List.of(plume, other), LocalDate.of(2024, 6, 3), 5));
			assertThat(factsOf(facts, collective).get(1).fact()).isEqualTo(new CollectiveEngineeringParticipantAdded(
					joined, collective, joining, LocalDate.of(2024, 6, 17), LocalDate.of(2024, 6, 3)));
		}

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			for (String collection : List.of("structures", "engineerings")) {
				assertThat(this.mongo.count(Query.query(Criteria.where("outbox.0").exists(true)), Document.class,
						collection))
					.as("documents with pending facts in " + collection)
					.isZero();
			}
		});
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

	private static String structure(String name, String siret) {
		return """
				{"name": "%s", "legalForm": "Association loi 1901", "commune": "%s"%s}
				""".formatted(name, COMMUNE, (siret != null) ? ", \"siret\": \"" + siret + "\"" : "");
	}

	private static String engineering(String kind, String startedOn, String... structureIds) {
		return """
				{"kind": "%s", "topic": "%s", "consultant": "%s", "days": 5, "startedOn": "%s",
				 "structureIds": ["%s"]}
				""".formatted(kind, TOPIC, CONSULTANT, startedOn, String.join("\", \"", structureIds));
	}

	private String record(String path, String body) throws Exception {
		MvcResult result = this.mvc
			.perform(post(path).header(HttpHeaders.AUTHORIZATION, STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	private void withdraw(String path) throws Exception {
		this.mvc.perform(delete(path).header(HttpHeaders.AUTHORIZATION, STAFF)).andExpect(status().isNoContent());
	}

}
