package fr.pes21.dla.engineering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import fr.pes21.dla.structure.KnownStructures;
import fr.pes21.dla.structure.KnownStructuresForTests;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.testsupport.ApiClient;
import fr.pes21.testsupport.ApiSlice;
import fr.pes21.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.Answers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every endpoint of the engineerings refuses bad input with its problem (400 naming the
 * field, 404, 422) and records nothing: a web slice, the repository a mock that knows the
 * engineerings a test gives it, {@code KnownStructures} the real rule over structures
 * {@value #A} and {@value #B}, {@value #C} and {@value #D}.
 */
@ApiSlice(EngineeringController.class)
@Import(EngineeringApiInputErrorsTests.Structures.class)
class EngineeringApiInputErrorsTests {

	static final String A = "structure-a";

	static final String B = "structure-b";

	static final String C = "structure-c";

	static final String D = "structure-d";

	private static final String ENGINEERINGS = EngineeringController.ENGINEERINGS;

	private static final String UNKNOWN = UUID.randomUUID().toString();

	/** Recorded at the slice's clock, by the user of the aggregates built here. */
	private static final Stamp RECORDED = new Stamp(Instant.parse(ApiSlice.NOW), "someone");

	@Autowired
	MockMvc mvc;

	@MockitoBean(answers = Answers.CALLS_REAL_METHODS)
	EngineeringRepository engineerings;

	private ApiClient staff;

	@BeforeEach
	void staff() {
		this.staff = ApiClient.of(this.mvc, TestTokens.bearer("alice", "STAFF"));
	}

	static Stream<Arguments> invalidBodies() {
		return Stream.of(Arguments.of("", """
				{"kind": "SOLO", "topic": "x", "consultant": "y", "days": 1, "startedOn": "2024-01-01",
				 "structureIds": ["a"]}
				""", List.of("kind")), Arguments.of("", """
				{"kind": "INDIVIDUAL", "topic": " ", "days": 0, "startedOn": "2024-01-01"}
				""", List.of("topic", "consultant", "days", "structureIds")),
				Arguments.of("", engineering("INDIVIDUAL", "2024-02-30", A), List.of("startedOn")),
				Arguments.of("/{id}/participants", "{}", List.of("structureId")),
				Arguments.of("/{id}/participants", "{\"structureId\": \"" + C + "\", \"joinedOn\": \"2024-06-31\"}",
						List.of("joinedOn")),
				Arguments.of("/{id}/completion", "{}", List.of("date")),
				Arguments.of("/{id}/completion", "{\"date\": \"2024-13-01\"}", List.of("date")));
	}

	@ParameterizedTest(name = "POST {0} {1}")
	@MethodSource("invalidBodies")
	void aBodyWithMissingOrInvalidFieldsIsA400ProblemNamingThemAndRecordsNothing(String path, String body,
			List<String> fields) throws Exception {
		String id = collective(null).id();

		ResultActions answer = this.staff.post(ENGINEERINGS + path.replace("{id}", id), body)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		for (String field : fields) {
			answer.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
		}
		verify(this.engineerings, never()).save(any());
	}

	@ParameterizedTest(name = "POST {0}")
	@ValueSource(strings = { "", "/{id}/participants", "/{id}/completion" })
	void aBodyThatIsNotJsonIsA400Problem(String path) throws Exception {
		String id = collective(null).id();

		this.staff.post(ENGINEERINGS + path.replace("{id}", id), "{\"")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:malformed-body"));
		verify(this.engineerings, never()).save(any());
	}

	@Test
	void theListRefusesAPageSizeOutOfBounds() throws Exception {
		this.staff.get(ENGINEERINGS + "?size=201")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	@ParameterizedTest(name = "{0} {1}")
	@ValueSource(strings = { "GET ", "DELETE ", "POST /participants", "GET /participants/x", "DELETE /participants/x",
			"POST /completion", "GET /completion", "DELETE /completion" })
	void everyEndpointOfAnUnknownOrWithdrawnEngineeringIsA404Problem(String request) throws Exception {
		String[] methodAndPath = request.split(" ", -1);
		Engineering withdrawn = collective(null);
		withdrawn.withdraw(RECORDED);

		for (String id : List.of(UNKNOWN, withdrawn.id())) {
			send(methodAndPath[0], ENGINEERINGS + "/" + id + methodAndPath[1],
					"{\"structureId\": \"" + C + "\", \"date\": \"2024-09-30\"}")
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("urn:pes21:problem:not-found"));
		}
		verify(this.engineerings, never()).save(any());
	}

	@Test
	void aParticipationOrCompletionNeverRecordedIsA404Problem() throws Exception {
		String id = collective(null).id();

		for (String path : List.of("/participants/none", "/completion")) {
			this.staff.get(ENGINEERINGS + "/" + id + path).andExpect(status().isNotFound());
			this.staff.withdraw(ENGINEERINGS + "/" + id + path).andExpect(status().isNotFound());
		}
		verify(this.engineerings, never()).save(any());
	}

	@Test
	void theNumberOfStructuresMustFitTheKind() throws Exception {
		refused("", engineering("INDIVIDUAL", "2023-10-02"))
			.andExpect(jsonPath("$.detail").value(containsString("exactly one structure (0 given)")));
		refused("", engineering("INDIVIDUAL", "2023-10-02", A, B))
			.andExpect(jsonPath("$.detail").value(containsString("exactly one structure (2 given)")));
		refused("", engineering("COLLECTIVE", "2024-06-03", A))
			.andExpect(jsonPath("$.detail").value(containsString("two or more structures (1 given)")));
		refused("", engineering("COLLECTIVE", "2024-06-03", A, A));
	}

	@Test
	void anEngineeringOrAParticipantNamingAnUnknownStructureIsA422() throws Exception {
		String unknown = UUID.randomUUID().toString();
		String id = collective(null).id();

		refused("", engineering("COLLECTIVE", "2024-06-03", A, unknown))
			.andExpect(jsonPath("$.detail").value(containsString(unknown)));
		refused("/" + id + "/participants", "{\"structureId\": \"" + unknown + "\"}")
			.andExpect(jsonPath("$.detail").value(containsString("record the structure first")));
	}

	@Test
	void aParticipantJoinsOnlyACollectiveEngineeringOnceBetweenItsStartAndItsCompletion() throws Exception {
		Engineering individual = Engineering.start(EngineeringKind.INDIVIDUAL, "Stratégie", "Cabinet", 5,
				LocalDate.parse("2023-10-02"), List.of(A), RECORDED);
		given(this.engineerings.findById(individual.id())).willReturn(Optional.of(individual));
		String collective = collective(null).id();
		String completed = collective(LocalDate.parse("2024-09-30")).id();

		refused("/" + individual.id() + "/participants", "{\"structureId\": \"" + B + "\"}")
			.andExpect(jsonPath("$.detail").value(containsString("only be added to a collective engineering")));
		refused("/" + collective + "/participants", "{\"structureId\": \"" + A + "\"}")
			.andExpect(jsonPath("$.detail").value(containsString("already takes part")));
		refused("/" + collective + "/participants", "{\"structureId\": \"" + C + "\", \"joinedOn\": \"2024-06-02\"}")
			.andExpect(jsonPath("$.detail").value(containsString("before it started (2024-06-03)")));
		refused("/" + completed + "/participants", "{\"structureId\": \"" + C + "\", \"joinedOn\": \"2024-10-01\"}")
			.andExpect(jsonPath("$.detail").value(containsString("completed on 2024-09-30")));
	}

	@Test
	void anEngineeringIsCompletedOnceAndNeverBeforeItStarted() throws Exception {
		String collective = collective(null).id();
		String completed = collective(LocalDate.parse("2024-09-30")).id();

		refused("/" + collective + "/completion", "{\"date\": \"2024-06-02\"}")
			.andExpect(jsonPath("$.detail").value(containsString("before it started (2024-06-03)")));
		refused("/" + completed + "/completion", "{\"date\": \"2024-10-01\"}")
			.andExpect(jsonPath("$.detail").value(containsString("already completed on 2024-09-30")));
	}

	@Test
	void aStructureThereFromTheStartIsNotWithdrawnAlone() throws Exception {
		Engineering engineering = collective(null);
		String atStart = engineering.participationOf(A).orElseThrow().id();

		this.staff.withdraw(ENGINEERINGS + "/" + engineering.id() + "/participants/" + atStart)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:rule-violation"));
		verify(this.engineerings, never()).save(any());
	}

	private ResultActions refused(String path, String body) throws Exception {
		ResultActions answer = this.staff.post(ENGINEERINGS + path, body)
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:rule-violation"));
		verify(this.engineerings, never()).save(any());
		return answer;
	}

	private ResultActions send(String method, String path, String body) throws Exception {
		return switch (method) {
			case "GET" -> this.staff.get(path);
			case "DELETE" -> this.staff.withdraw(path);
			case "POST" -> this.staff.post(path, body);
			default -> throw new IllegalArgumentException(method);
		};
	}

	/**
	 * A collective engineering of A and B started on 2024-06-03 (completed on
	 * {@code completedOn} when given) that the repository finds.
	 */
	private Engineering collective(LocalDate completedOn) {
		Engineering engineering = Engineering.start(EngineeringKind.COLLECTIVE, "Stratégie commerciale",
				"Cabinet 3ème Élément", 5, LocalDate.parse("2024-06-03"), List.of(A, B), RECORDED);
		if (completedOn != null) {
			engineering.complete(completedOn, RECORDED);
		}
		given(this.engineerings.findById(engineering.id())).willReturn(Optional.of(engineering));
		return engineering;
	}

	static String engineering(String kind, String startedOn, String... structureIds) {
		String ids = String.join("\", \"", structureIds);
		return """
				{"kind": "%s", "topic": "Définir une stratégie commerciale", "consultant": "Cabinet 3ème Élément",
				 "days": 5, "startedOn": "%s", "structureIds": [%s]}
				""".formatted(kind, startedOn, (structureIds.length == 0) ? "" : "\"" + ids + "\"");
	}

	/** The structures recorded, as the engineering feature sees them. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Structures {

		@Bean
		KnownStructures knownStructures() {
			return KnownStructuresForTests.knowing(A, B, C, D);
		}

	}

}
