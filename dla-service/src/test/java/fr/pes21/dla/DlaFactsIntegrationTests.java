package fr.pes21.dla;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import fr.pes21.contracts.FactCatalog;
import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.FactSchemas;
import fr.pes21.contracts.FactType;
import fr.pes21.contracts.Topics;
import fr.pes21.contracts.dla.CollectiveEngineeringParticipantAdded;
import fr.pes21.contracts.dla.CollectiveEngineeringStarted;
import fr.pes21.contracts.dla.DiagnosticCompleted;
import fr.pes21.contracts.dla.DiagnosticCompletionWithdrawn;
import fr.pes21.contracts.dla.IndividualEngineeringStarted;
import fr.pes21.contracts.dla.StructureWelcomeWithdrawn;
import fr.pes21.contracts.dla.StructureWelcomed;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What leaves the service: the facts on {@code pes21.dla.events}, as any consumer (the
 * reporting service, the regional DLA network's webhook) reads them.
 */
@WithRealInfrastructure
@SpringBootTest(properties = TestWebhookKey.PROPERTY)
@AutoConfigureMockMvc
class DlaFactsIntegrationTests {

	private static final String STRUCTURES = "/api/dla/structures";

	private static final String ENGINEERINGS = "/api/dla/engineerings";

	private static final String STAFF = TestTokens.bearer("alice", "STAFF");

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
		String lateComer = record(STRUCTURES, structure("Structure ajoutée sans date", null));

		String welcome2023 = record(STRUCTURES + "/" + plume + "/welcome", "{\"date\": \"2023-03-14\"}");
		String diagnostic = record(STRUCTURES + "/" + plume + "/diagnostics", """
				{"startedOn": "2023-05-02", "completedOn": "2023-06-20", "needs": ["%s"]}
				""".formatted(TOPIC));
		String individual = record(ENGINEERINGS, engineering("INDIVIDUAL", "2023-10-02", plume));
		record(ENGINEERINGS + "/" + individual + "/completion", "{\"date\": \"2024-01-15\"}");
		record(STRUCTURES + "/" + plume + "/follow-ups", "{\"date\": \"2024-02-12\", \"kind\": \"POST_ENGINEERING\"}");
		String mistakenFollowUp = record(STRUCTURES + "/" + plume + "/follow-ups",
				"{\"date\": \"2024-03-12\", \"kind\": \"POST_ENGINEERING\"}");
		withdraw(STRUCTURES + "/" + plume + "/follow-ups/" + mistakenFollowUp);
		// it comes back for a new pathway
		String welcome2025 = record(STRUCTURES + "/" + plume + "/welcome", "{\"date\": \"2025-02-04\"}");

		String otherWelcome = record(STRUCTURES + "/" + other + "/welcome", "{\"date\": \"2024-01-09\"}");
		withdraw(STRUCTURES + "/" + other + "/welcomes/" + otherWelcome);
		String otherDiagnostic = record(STRUCTURES + "/" + other + "/diagnostics", "{\"startedOn\": \"2024-02-01\"}");
		String mistakenCompletion = record("/api/dla/diagnostics/" + otherDiagnostic + "/completion",
				"{\"date\": \"2024-03-01\"}");
		withdraw("/api/dla/diagnostics/" + otherDiagnostic + "/completion");
		String completionAgain = record("/api/dla/diagnostics/" + otherDiagnostic + "/completion",
				"{\"date\": \"2024-03-04\"}");

		String collective = record(ENGINEERINGS, engineering("COLLECTIVE", "2024-06-03", plume, other));
		String joined = record(ENGINEERINGS + "/" + collective + "/participants",
				"{\"structureId\": \"" + joining + "\", \"joinedOn\": \"2024-06-17\"}");
		String fromStart = record(ENGINEERINGS + "/" + collective + "/participants",
				"{\"structureId\": \"" + lateComer + "\"}");
		record(ENGINEERINGS + "/" + collective + "/completion", "{\"date\": \"2024-09-30\"}");

		String mistaken = record(ENGINEERINGS, engineering("COLLECTIVE", "2024-10-01", plume, other));
		record(ENGINEERINGS + "/" + mistaken + "/participants",
				"{\"structureId\": \"" + joining + "\", \"joinedOn\": \"2024-10-15\"}");
		record(ENGINEERINGS + "/" + mistaken + "/completion", "{\"date\": \"2024-12-31\"}");
		withdraw(ENGINEERINGS + "/" + mistaken);

		Map<String, List<String>> expected = new LinkedHashMap<>();
		expected.put(plume, types("StructureWelcomed", "DiagnosticCompleted", "PostEngineeringFollowUpHeld",
				"PostEngineeringFollowUpHeld", "PostEngineeringFollowUpWithdrawn", "StructureWelcomed"));
		expected.put(other, types("StructureWelcomed", "StructureWelcomeWithdrawn", "DiagnosticCompleted",
				"DiagnosticCompletionWithdrawn", "DiagnosticCompleted"));
		expected.put(individual, types("IndividualEngineeringStarted", "EngineeringCompleted"));
		expected.put(collective, types("CollectiveEngineeringStarted", "CollectiveEngineeringParticipantAdded",
				"CollectiveEngineeringParticipantAdded", "EngineeringCompleted"));
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

			assertThat(factsOf(facts, plume).get(0).fact())
				.isEqualTo(new StructureWelcomed(welcome2023, plume, LocalDate.of(2023, 3, 14)));
			assertThat(factsOf(facts, plume).get(1).fact()).isEqualTo(
					new DiagnosticCompleted(completionOf(diagnostic), diagnostic, plume, LocalDate.of(2023, 6, 20)));
			assertThat(factsOf(facts, plume).get(5).fact())
				.isEqualTo(new StructureWelcomed(welcome2025, plume, LocalDate.of(2025, 2, 4)));
			assertThat(factsOf(facts, other).subList(2, 5)).extracting(FactEnvelope::fact)
				.containsExactly(
						new DiagnosticCompleted(mistakenCompletion, otherDiagnostic, other, LocalDate.of(2024, 3, 1)),
						new DiagnosticCompletionWithdrawn(mistakenCompletion, other, LocalDate.of(2024, 3, 1)),
						new DiagnosticCompleted(completionAgain, otherDiagnostic, other, LocalDate.of(2024, 3, 4)));
			assertThat(factsOf(facts, individual).get(0).fact()).isEqualTo(
					new IndividualEngineeringStarted(individual, individual, plume, LocalDate.of(2023, 10, 2), 5));
			assertThat(factsOf(facts, collective).get(0).fact()).isEqualTo(new CollectiveEngineeringStarted(collective,
					collective, List.of(plume, other), LocalDate.of(2024, 6, 3), 5));
			assertThat(factsOf(facts, collective).get(1).fact()).isEqualTo(new CollectiveEngineeringParticipantAdded(
					joined, collective, joining, LocalDate.of(2024, 6, 17), LocalDate.of(2024, 6, 3)));
			// without joinedOn: from the engineering's start, not from the day it was
			// typed
			assertThat(factsOf(facts, collective).get(2).fact()).isEqualTo(new CollectiveEngineeringParticipantAdded(
					fromStart, collective, lateComer, LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 3)));
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

	@Test
	void aStructureSavedBeforeWelcomesAndCompletionsHadTheirOwnIdsIsCorrectedWithTheIdsItsFactsCarried()
			throws Exception {
		// Given a structure as the service saved it before: one welcome in "welcome", a
		// completion without an id of its own (published as DiagnosticCompleted v1, whose
		// fact id is the diagnostic id), nothing left to publish
		String model = record(STRUCTURES, structure("Modèle", null));
		record(STRUCTURES + "/" + model + "/welcome", "{\"date\": \"2023-03-14\"}");
		record(STRUCTURES + "/" + model + "/diagnostics", """
				{"startedOn": "2023-05-02", "completedOn": "2023-06-20"}
				""");
		String legacy = UUID.randomUUID().toString();
		String welcome = UUID.randomUUID().toString();
		String diagnostic = UUID.randomUUID().toString();
		Document document = this.mongo.findById(model, Document.class, "structures");
		// (an embedded "id" is stored as "_id")
		Document oldWelcome = document.getList("welcomes", Document.class).getFirst().append("_id", welcome);
		Document oldDiagnostic = document.getList("diagnostics", Document.class).getFirst().append("_id", diagnostic);
		// (a completion was then "completedOn" in the diagnostic itself, without an id)
		Document completion = oldDiagnostic.getList("completions", Document.class).getFirst();
		oldDiagnostic.remove("completions");
		oldDiagnostic.append("completedOn", completion.get("date"));
		document.append("_id", legacy)
			.append("welcome", oldWelcome)
			.append("diagnostics", List.of(oldDiagnostic))
			.append("outbox", List.of());
		document.remove("welcomes");
		this.mongo.insert(document, "structures");

		// When it is read, then corrected through the API
		this.mvc.perform(get(STRUCTURES + "/" + legacy).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.welcomes[0].id").value(welcome))
			.andExpect(jsonPath("$.welcomes[0].date").value("2023-03-14"));
		assertThat(completionOf(diagnostic)).isEqualTo(diagnostic);
		this.mvc
			.perform(post(STRUCTURES + "/" + legacy + "/welcome").header(HttpHeaders.AUTHORIZATION, STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"date\": \"2023-09-01\"}"))
			.andExpect(status().isUnprocessableContent());
		withdraw(STRUCTURES + "/" + legacy + "/welcomes/" + welcome);
		withdraw("/api/dla/diagnostics/" + diagnostic + "/completion");
		String again = record("/api/dla/diagnostics/" + diagnostic + "/completion", "{\"date\": \"2023-06-21\"}");

		// Then its withdrawals name the ids its earlier facts carried, and the completion
		// recorded again has an id of its own
		try (FactsOnTopic topic = FactsOnTopic.onRealInfrastructure(Topics.DLA, Set.of(legacy))) {
			await().atMost(Duration.ofSeconds(60)).until(() -> topic.pollFacts().size() >= 3);

			assertThat(topic.pollFacts()).extracting(FactEnvelope::fact)
				.containsExactly(new StructureWelcomeWithdrawn(welcome, legacy, LocalDate.of(2023, 3, 14)),
						new DiagnosticCompletionWithdrawn(diagnostic, legacy, LocalDate.of(2023, 6, 20)),
						new DiagnosticCompleted(again, diagnostic, legacy, LocalDate.of(2023, 6, 21)));
		}
		assertThat(again).isNotEqualTo(diagnostic);
		assertThat(this.mongo.findById(legacy, Document.class, "structures")).doesNotContainKey("welcome")
			.containsKey("welcomes");
	}

	/** The CloudEvents types of the facts, each at the version the service publishes. */
	private static List<String> types(String... names) {
		return Arrays.stream(names).map(DlaFactsIntegrationTests::publishedType).toList();
	}

	/** The latest version of a DLA fact: the one the service publishes. */
	private static String publishedType(String name) {
		return FactCatalog.all()
			.stream()
			.filter((type) -> type.context().equals("dla") && type.name().equals(name))
			.max(Comparator.comparingInt(FactType::version))
			.orElseThrow()
			.cloudEventType();
	}

	private String completionOf(String diagnostic) throws Exception {
		MvcResult result = this.mvc
			.perform(get("/api/dla/diagnostics/" + diagnostic + "/completion").header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(status().isOk())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
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
