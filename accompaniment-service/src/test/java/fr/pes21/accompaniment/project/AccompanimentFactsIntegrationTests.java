package fr.pes21.accompaniment.project;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.FactSchemas;
import fr.pes21.contracts.Topics;
import fr.pes21.contracts.accompaniment.AccompanimentMeetingWithdrawn;
import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.contracts.accompaniment.StructureCreated;
import fr.pes21.testsupport.FactsOnTopic;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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
 * What leaves the service: the facts on {@code pes21.accompaniment.events}, as any
 * consumer reads them.
 */
@WithRealInfrastructure
@SpringBootTest
@AutoConfigureMockMvc
class AccompanimentFactsIntegrationTests {

	private static final String PROJECTS = "/api/accompaniment/projects";

	private static final String STAFF = TestTokens.bearer("alice", "STAFF");

	private static final String FACT_TYPE = "fr.pes21.accompaniment.%s.v1";

	// Personal data of the holder: must never appear on Kafka.
	private static final String LAST_NAME = "Vercingétorix-Bourguignon";

	private static final String EMAIL = "claude.vb@example.org";

	private static final String PHONE = "03 80 12 34 56";

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectRepository projects;

	@Test
	void everyRecordedFactIsPublishedInOrderAsAValidCloudEventWithoutPersonalData() throws Exception {
		String accompanied = welcome("2024-03-04");
		String intake = record(accompanied, "meetings", "{\"date\": \"2024-03-04\", \"kind\": \"INTAKE\"}");
		String followUp = record(accompanied, "meetings", "{\"date\": \"2024-04-02\", \"kind\": \"FOLLOW_UP\"}");
		record(accompanied, "meetings", "{\"date\": \"2024-05-10\", \"kind\": \"SITE_VISIT\"}");
		String creation = record(accompanied, "creation",
				"{\"date\": \"2024-06-01\", \"legalForm\": \"SCIC\", \"jobsCreated\": 2}");
		record(accompanied, "post-creation-reviews",
				"{\"date\": \"2024-11-15\", \"notes\": \"" + LAST_NAME + " is doing well\"}");
		record(accompanied, "closure", "{\"date\": \"2024-12-01\", \"outcome\": \"CREATED\"}");
		withdraw(PROJECTS + "/" + accompanied + "/meetings/" + followUp);

		String mistaken = welcome("2024-09-09");
		record(mistaken, "meetings", "{\"date\": \"2024-09-10\", \"kind\": \"INTAKE\"}");
		withdraw(PROJECTS + "/" + mistaken);

		Map<String, List<String>> expected = Map.of(accompanied,
				types("ProjectWelcomed", "AccompanimentMeetingHeld", "AccompanimentMeetingHeld",
						"AccompanimentMeetingHeld", "StructureCreated", "PostCreationReviewDone", "ProjectClosed",
						"AccompanimentMeetingWithdrawn"),
				mistaken, types("ProjectWelcomed", "AccompanimentMeetingHeld", "AccompanimentMeetingWithdrawn",
						"ProjectWelcomeWithdrawn"));

		try (FactsOnTopic topic = FactsOnTopic.onRealInfrastructure(Topics.ACCOMPANIMENT, expected.keySet())) {
			await().atMost(Duration.ofSeconds(60))
				.until(() -> topic.pollFacts().size() >= expected.values().stream().mapToInt(List::size).sum());

			List<ConsumerRecord<byte[], byte[]>> received = topic.poll();
			for (ConsumerRecord<byte[], byte[]> record : received) {
				FactEnvelope fact = FactsOnTopic.envelope(record);
				assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(fact.subject());
				assertThat(fact.source()).isEqualTo("/pes21/accompaniment-service");
				assertThat(FactSchemas.violations(fact)).as(fact.type()).isEmpty();
				assertThat(FactsOnTopic.everything(record)).doesNotContain(LAST_NAME, EMAIL, PHONE, "Claude");
			}
			// Delivery is at least once: a fact may come twice, always with the same id
			// and data; consumers
			// keep its first occurrence, and those are in the order the facts were
			// recorded.
			List<FactEnvelope> facts = FactsOnTopic.firstOccurrences(received);
			assertThat(received).allSatisfy((record) -> {
				FactEnvelope fact = FactsOnTopic.envelope(record);
				FactEnvelope first = facts.stream()
					.filter((kept) -> kept.id().equals(fact.id()))
					.findFirst()
					.orElseThrow();
				assertThat(fact.data()).isEqualTo(first.data());
			});
			assertThat(typesOf(facts, accompanied)).isEqualTo(expected.get(accompanied));
			assertThat(typesOf(facts, mistaken)).isEqualTo(expected.get(mistaken));

			List<FactEnvelope> ofAccompanied = facts.stream()
				.filter((fact) -> fact.subject().equals(accompanied))
				.toList();
			assertThat(ofAccompanied.get(0).fact().factId()).isEqualTo(accompanied);
			assertThat(ofAccompanied.get(1).fact().factId()).isEqualTo(intake);
			assertThat(ofAccompanied.get(4).fact()).isEqualTo(new StructureCreated(creation, accompanied,
					Programme.BENEFICE_CREA, LocalDate.of(2024, 6, 1), "SCIC", 2));
			assertThat(ofAccompanied.get(7).fact()).isEqualTo(new AccompanimentMeetingWithdrawn(followUp, accompanied,
					Programme.BENEFICE_CREA, LocalDate.of(2024, 4, 2)));
		}

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(Set.of(accompanied, mistaken))
				.allSatisfy((id) -> assertThat(this.projects.findById(id).orElseThrow().pendingFacts()).isEmpty()));
	}

	private static List<String> types(String... names) {
		return Arrays.stream(names).map(FACT_TYPE::formatted).toList();
	}

	private static List<String> typesOf(List<FactEnvelope> facts, String projectId) {
		return facts.stream().filter((fact) -> fact.subject().equals(projectId)).map(FactEnvelope::type).toList();
	}

	private String welcome(String welcomedOn) throws Exception {
		return record(null, null, """
				{"name": "Recyclerie du Val", "programme": "BENEFICE_CREA", "welcomedOn": "%s", "commune": "Sombernon",
				 "holders": [{"firstName": "Claude", "lastName": "%s", "email": "%s", "phone": "%s"}]}
				""".formatted(welcomedOn, LAST_NAME, EMAIL, PHONE));
	}

	private String record(String projectId, String fact, String body) throws Exception {
		String path = (projectId == null) ? PROJECTS : PROJECTS + "/" + projectId + "/" + fact;
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
