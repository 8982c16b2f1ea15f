package fr.pes21.territory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.FactSchemas;
import fr.pes21.contracts.Topics;
import fr.pes21.contracts.territory.InitiativeStage;
import fr.pes21.contracts.territory.InitiativeStageChangeWithdrawn;
import fr.pes21.contracts.territory.InitiativeStageChanged;
import fr.pes21.contracts.territory.InitiativeStarted;
import fr.pes21.contracts.territory.MilestoneKind;
import fr.pes21.contracts.territory.MilestoneReached;
import fr.pes21.contracts.territory.NeedIdentified;
import fr.pes21.contracts.territory.TerritoryKind;
import fr.pes21.contracts.territory.TerritoryRegistered;
import fr.pes21.testsupport.FactsOnTopic;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
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
 * What leaves the service: the facts on {@code pes21.territory.events}, as any consumer
 * (the reporting service) reads them.
 */
@WithRealInfrastructure
@SpringBootTest
@AutoConfigureMockMvc
class TerritoryFactsIntegrationTests {

	/** 23:30 UTC on 8 January 2024: already 9 January in Paris. */
	private static final Instant RECORDED_AT = Instant.parse("2024-01-08T23:30:00Z");

	private static final String TERRITORIES = "/api/territories";

	private static final String INITIATIVES = "/api/initiatives";

	private static final String STAFF = TestTokens.bearer("alice", "STAFF");

	private static final String FACT_TYPE = "fr.pes21.territory.%s.v1";

	// What stays in the service: must never appear on Kafka.
	private static final String TERRITORY_NAME = "Communauté de communes Ouche et Montagne";

	private static final String OTHER_TERRITORY_NAME = "Commune de Talant";

	private static final String NEED_TITLE = "Une recyclerie à Sombernon";

	private static final String MISTAKEN_NEED_TITLE = "Un garage solidaire";

	private static final String INITIATIVE_NAME = "La Boucle";

	private static final String OTHER_INITIATIVE_NAME = "Tiers-lieu des Grands Crus";

	private static final String LABEL = "Assemblée générale constitutive";

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Test
	void everyRecordedFactIsPublishedInOrderAsAValidCloudEventWithoutNamesLabelsOrTitles() throws Exception {
		String territory = record(TERRITORIES, territory(TERRITORY_NAME, "EPCI"));
		String need = record(TERRITORIES + "/" + territory + "/needs", need(NEED_TITLE, "2023-02-07"));
		String mistakenNeed = record(TERRITORIES + "/" + territory + "/needs", need(MISTAKEN_NEED_TITLE, "2023-03-01"));
		withdraw(TERRITORIES + "/" + territory + "/needs/" + mistakenNeed);

		String initiative = record(TERRITORIES + "/" + territory + "/initiatives", """
				{"name": "%s", "needId": "%s", "startedOn": "2023-03-01"}
				""".formatted(INITIATIVE_NAME, need));
		String path = INITIATIVES + "/" + initiative;
		record(path + "/stage", "{\"stage\": \"FEASIBILITY\", \"date\": \"2023-06-01\"}");
		record(path + "/stage", "{\"stage\": \"CREATION\", \"date\": \"2023-12-02\"}");
		String assembly = record(path + "/milestones", milestone("FOUNDING_ASSEMBLY", "2023-12-02", LABEL));
		record(path + "/meetings", "{\"date\": \"2024-01-25\", \"kind\": \"STEERING\"}");
		String mistakenMeeting = record(path + "/meetings", "{\"date\": \"2024-01-26\", \"kind\": \"STEERING\"}");
		withdraw(path + "/meetings/" + mistakenMeeting);
		String mistakenLaunch = record(path + "/stage",
				"{\"stage\": \"LAUNCHED\", \"date\": \"2024-05-01\", \"jobs\": 3}");
		withdraw(path + "/stages/" + mistakenLaunch);
		String launch = record(path + "/stage", "{\"stage\": \"LAUNCHED\", \"date\": \"2024-06-01\", \"jobs\": 1}");
		String mistakenMilestone = record(path + "/milestones",
				milestone("OPENING", "2024-06-02", "Ouverture de " + INITIATIVE_NAME));
		withdraw(path + "/milestones/" + mistakenMilestone);

		String other = record(TERRITORIES, territory(OTHER_TERRITORY_NAME, "COMMUNE"));
		String otherInitiative = record(TERRITORIES + "/" + other + "/initiatives", """
				{"name": "%s", "startedOn": "2024-01-15"}
				""".formatted(OTHER_INITIATIVE_NAME));
		String otherPath = INITIATIVES + "/" + otherInitiative;
		record(otherPath + "/stage", "{\"stage\": \"FEASIBILITY\", \"date\": \"2024-02-01\"}");
		record(otherPath + "/milestones", milestone("OTHER", "2024-03-01", "Étude de faisabilité " + LABEL));
		record(otherPath + "/meetings", "{\"date\": \"2024-04-01\", \"kind\": \"STEERING\"}");
		withdraw(otherPath);
		withdraw(TERRITORIES + "/" + other);

		Map<String, List<String>> expected = new LinkedHashMap<>();
		expected.put(territory, types("TerritoryRegistered", "NeedIdentified", "NeedIdentified", "NeedWithdrawn"));
		expected.put(initiative,
				types("InitiativeStarted", "InitiativeStageChanged", "InitiativeStageChanged", "MilestoneReached",
						"SteeringMeetingHeld", "SteeringMeetingHeld", "SteeringMeetingWithdrawn",
						"InitiativeStageChanged", "InitiativeStageChangeWithdrawn", "InitiativeStageChanged",
						"MilestoneReached", "MilestoneWithdrawn"));
		expected.put(other, types("TerritoryRegistered", "TerritoryRegistrationWithdrawn"));
		// Withdrawing an initiative withdraws its facts, the latest dated first.
		expected.put(otherInitiative,
				types("InitiativeStarted", "InitiativeStageChanged", "MilestoneReached", "SteeringMeetingHeld",
						"SteeringMeetingWithdrawn", "MilestoneWithdrawn", "InitiativeStageChangeWithdrawn",
						"InitiativeWithdrawn"));
		int expectedCount = expected.values().stream().mapToInt(List::size).sum();

		try (FactsOnTopic topic = FactsOnTopic.onRealInfrastructure(Topics.TERRITORY, expected.keySet())) {
			await().atMost(Duration.ofSeconds(60)).until(() -> topic.pollFacts().size() >= expectedCount);

			List<ConsumerRecord<byte[], byte[]>> received = topic.poll();
			for (ConsumerRecord<byte[], byte[]> record : received) {
				FactEnvelope fact = FactsOnTopic.envelope(record);
				assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(fact.subject());
				assertThat(fact.source()).isEqualTo("/pes21/territory-service");
				assertThat(FactSchemas.violations(fact)).as(fact.type()).isEmpty();
				assertThat(FactsOnTopic.everything(record)).doesNotContain(TERRITORY_NAME, "Ouche", "Montagne",
						OTHER_TERRITORY_NAME, "Talant", NEED_TITLE, "recyclerie", "Sombernon", MISTAKEN_NEED_TITLE,
						"garage", INITIATIVE_NAME, "Boucle", OTHER_INITIATIVE_NAME, "Tiers-lieu", LABEL, "Assemblée",
						"Ouverture", "Étude");
			}
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

			List<FactEnvelope> ofTerritory = factsOf(facts, territory);
			assertThat(ofTerritory.get(0).fact()).isEqualTo(
					new TerritoryRegistered(territory, territory, TerritoryKind.EPCI, "21", LocalDate.of(2024, 1, 9)));
			assertThat(ofTerritory.get(1).fact())
				.isEqualTo(new NeedIdentified(need, need, territory, LocalDate.of(2023, 2, 7)));
			List<FactEnvelope> ofInitiative = factsOf(facts, initiative);
			assertThat(ofInitiative.get(0).fact())
				.isEqualTo(new InitiativeStarted(initiative, initiative, territory, need, LocalDate.of(2023, 3, 1)));
			assertThat(ofInitiative.get(3).fact()).isEqualTo(new MilestoneReached(assembly, initiative, territory,
					MilestoneKind.FOUNDING_ASSEMBLY, LocalDate.of(2023, 12, 2)));
			assertThat(ofInitiative.get(8).fact()).isEqualTo(new InitiativeStageChangeWithdrawn(mistakenLaunch,
					initiative, territory, InitiativeStage.LAUNCHED, LocalDate.of(2024, 5, 1)));
			assertThat(ofInitiative.get(9).fact()).isEqualTo(new InitiativeStageChanged(launch, initiative, territory,
					InitiativeStage.LAUNCHED, InitiativeStage.CREATION, LocalDate.of(2024, 6, 1), 1));
		}

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			for (String collection : List.of("territories", "initiatives")) {
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

	private static String territory(String name, String kind) {
		return """
				{"name": "%s", "kind": "%s", "department": "21"}
				""".formatted(name, kind);
	}

	private static String need(String title, String identifiedOn) {
		return """
				{"title": "%s", "identifiedOn": "%s"}
				""".formatted(title, identifiedOn);
	}

	private static String milestone(String kind, String date, String label) {
		return """
				{"kind": "%s", "date": "%s", "label": "%s"}
				""".formatted(kind, date, label);
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

	/**
	 * The service's clock stands still late on 8 January 2024 (UTC), so the day a
	 * territory is registered shows the Europe/Paris date.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock fixedClock() {
			return Clock.fixed(RECORDED_AT, ZoneOffset.UTC);
		}

	}

}
