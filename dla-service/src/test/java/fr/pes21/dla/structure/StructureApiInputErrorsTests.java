package fr.pes21.dla.structure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

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
 * Every endpoint of the structures and diagnostics refuses bad input with its problem
 * (400 naming the field, 404, 422) and records nothing: a web slice, the repository a
 * mock that knows the structures a test gives it (its lookups are the real ones).
 */
@ApiSlice({ StructureController.class, DiagnosticController.class })
class StructureApiInputErrorsTests {

	private static final String STRUCTURES = StructureController.STRUCTURES;

	private static final String DIAGNOSTICS = DiagnosticController.DIAGNOSTICS;

	private static final String UNKNOWN = UUID.randomUUID().toString();

	/** Recorded at the slice's clock, by the user of the aggregates built here. */
	private static final Stamp RECORDED = new Stamp(Instant.parse(ApiSlice.NOW), "someone");

	@Autowired
	MockMvc mvc;

	@MockitoBean(answers = Answers.CALLS_REAL_METHODS)
	StructureRepository structures;

	@MockitoBean
	StructureEngineerings engineerings;

	private ApiClient staff;

	@BeforeEach
	void staff() {
		this.staff = ApiClient.of(this.mvc, TestTokens.bearer("alice", "STAFF"));
	}

	static Stream<Arguments> invalidBodies() {
		return Stream.of(Arguments.of(STRUCTURES, """
				{"name": " ", "commune": "Dijon", "siret": "44379696500013", "employeesFte": -1}
				""", List.of("name", "legalForm", "siret", "employeesFte")), Arguments.of(STRUCTURES, """
				{"name": "La Boucle", "legalForm": "SCIC", "commune": "Sombernon", "siret": "4437969650"}
				""", List.of("siret")),
				Arguments.of(STRUCTURES + "/{id}/welcome", "{\"date\": \"2024-02-30\"}", List.of("date")),
				Arguments.of(STRUCTURES + "/{id}/welcome", "{}", List.of("date")),
				Arguments.of(STRUCTURES + "/{id}/diagnostics", "{\"startedOn\": \"2023-13-01\"}", List.of("startedOn")),
				Arguments.of(STRUCTURES + "/{id}/diagnostics", "{\"needs\": [\" \"]}", List.of("startedOn")),
				Arguments.of(STRUCTURES + "/{id}/follow-ups", "{\"date\": \"2024-01-15\", \"kind\": \"ANY\"}",
						List.of("kind")),
				Arguments.of(STRUCTURES + "/{id}/follow-ups", "{\"kind\": \"POST_ENGINEERING\"}", List.of("date")),
				Arguments.of(DIAGNOSTICS + "/{diagnostic}/completion", "{}", List.of("date")),
				Arguments.of(DIAGNOSTICS + "/{diagnostic}/completion", "{\"date\": \"2023-06-31\"}", List.of("date")));
	}

	@ParameterizedTest(name = "POST {0} {1}")
	@MethodSource("invalidBodies")
	void aBodyWithMissingOrInvalidFieldsIsA400ProblemNamingThemAndRecordsNothing(String path, String body,
			List<String> fields) throws Exception {
		Structure structure = registered();
		String diagnostic = diagnosed(structure, null);

		ResultActions answer = this.staff
			.post(path.replace("{id}", structure.id()).replace("{diagnostic}", diagnostic), body)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		for (String field : fields) {
			answer.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
		}
		verify(this.structures, never()).save(any());
	}

	@ParameterizedTest(name = "POST {0}")
	@ValueSource(strings = { STRUCTURES, STRUCTURES + "/{id}/welcome", STRUCTURES + "/{id}/diagnostics",
			STRUCTURES + "/{id}/follow-ups", DIAGNOSTICS + "/{diagnostic}/completion" })
	void aBodyThatIsNotJsonIsA400Problem(String path) throws Exception {
		Structure structure = registered();
		String diagnostic = diagnosed(structure, null);

		this.staff.post(path.replace("{id}", structure.id()).replace("{diagnostic}", diagnostic), "[")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:malformed-body"));
		verify(this.structures, never()).save(any());
	}

	@Test
	void theListRefusesAPageSizeOutOfBounds() throws Exception {
		this.staff.get(STRUCTURES + "?size=0")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	static Stream<Arguments> everyEndpointOfAStructure() {
		return Stream.of(Arguments.of("GET", "/{id}", null),
				Arguments.of("POST", "/{id}/welcome", "{\"date\": \"2024-03-04\"}"),
				Arguments.of("GET", "/{id}/welcome", null), Arguments.of("DELETE", "/{id}/welcome", null),
				Arguments.of("GET", "/{id}/welcomes/" + UNKNOWN, null),
				Arguments.of("DELETE", "/{id}/welcomes/" + UNKNOWN, null),
				Arguments.of("POST", "/{id}/diagnostics", "{\"startedOn\": \"2024-03-04\"}"),
				Arguments.of("POST", "/{id}/follow-ups", "{\"date\": \"2024-03-04\", \"kind\": \"POST_ENGINEERING\"}"),
				Arguments.of("GET", "/{id}/follow-ups/" + UNKNOWN, null),
				Arguments.of("DELETE", "/{id}/follow-ups/" + UNKNOWN, null));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("everyEndpointOfAStructure")
	void everyEndpointOfAnUnknownStructureIsA404Problem(String method, String path, String body) throws Exception {
		send(method, STRUCTURES + path.replace("{id}", UNKNOWN), body).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:not-found"));
		verify(this.structures, never()).save(any());
	}

	@ParameterizedTest(name = "{0} {1}")
	@ValueSource(strings = { "GET /welcome", "DELETE /welcome", "GET /welcomes/none", "DELETE /welcomes/none",
			"GET /follow-ups/none", "DELETE /follow-ups/none" })
	void aFactNeverRecordedOnAKnownStructureIsA404Problem(String request) throws Exception {
		Structure structure = registered();
		String[] methodAndPath = request.split(" ");

		send(methodAndPath[0], STRUCTURES + "/" + structure.id() + methodAndPath[1], null)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:not-found"));
		verify(this.structures, never()).save(any());
	}

	@ParameterizedTest(name = "{0} {1}")
	@ValueSource(strings = { "GET ", "DELETE ", "POST /completion", "GET /completion", "DELETE /completion" })
	void everyEndpointOfAnUnknownDiagnosticIsA404Problem(String request) throws Exception {
		String[] methodAndPath = request.split(" ", -1);

		send(methodAndPath[0], DIAGNOSTICS + "/" + UNKNOWN + methodAndPath[1], "{\"date\": \"2023-06-20\"}")
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:not-found"));
		verify(this.structures, never()).save(any());
	}

	@Test
	void theCompletionOfADiagnosticNotCompletedIsA404Problem() throws Exception {
		String diagnostic = diagnosed(registered(), null);

		this.staff.get(DIAGNOSTICS + "/" + diagnostic + "/completion").andExpect(status().isNotFound());
		this.staff.withdraw(DIAGNOSTICS + "/" + diagnostic + "/completion").andExpect(status().isNotFound());
		verify(this.structures, never()).save(any());
	}

	@Test
	void aSecondWelcomeInTheSameYearIsA422NamingTheFirst() throws Exception {
		Structure structure = registered();
		String first = structure.welcome(LocalDate.parse("2023-03-14"), RECORDED);

		refused(STRUCTURES + "/" + structure.id() + "/welcome", "{\"date\": \"2023-11-02\"}")
			.andExpect(jsonPath("$.detail").value(containsString("already welcomed in 2023, on 2023-03-14")))
			.andExpect(jsonPath("$.detail")
				.value(containsString(STRUCTURES + "/" + structure.id() + "/welcomes/" + first)));
	}

	@Test
	void theSingleWelcomeUrlOfAStructureThatCameBackIsA422ListingItsWelcomes() throws Exception {
		Structure structure = registered();
		structure.welcome(LocalDate.parse("2023-05-09"), RECORDED);
		structure.welcome(LocalDate.parse("2024-02-20"), RECORDED);

		this.staff.withdraw(STRUCTURES + "/" + structure.id() + "/welcome")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:rule-violation"))
			.andExpect(jsonPath("$.detail").value(containsString("2 welcomes")));
		verify(this.structures, never()).save(any());
	}

	@Test
	void aDiagnosticCompletedBeforeItStartedOrTwiceIsA422() throws Exception {
		Structure structure = registered();
		String started = diagnosed(structure, null);
		String completed = diagnosed(structure, LocalDate.parse("2023-06-20"));

		refused(STRUCTURES + "/" + structure.id() + "/diagnostics", """
				{"startedOn": "2023-05-02", "completedOn": "2023-05-01"}
				""");
		refused(DIAGNOSTICS + "/" + started + "/completion", "{\"date\": \"2023-05-01\"}")
			.andExpect(jsonPath("$.detail").value(containsString("before it started")));
		refused(DIAGNOSTICS + "/" + completed + "/completion", "{\"date\": \"2023-07-01\"}")
			.andExpect(jsonPath("$.detail").value(containsString("already completed on 2023-06-20")));
	}

	private ResultActions refused(String path, String body) throws Exception {
		ResultActions answer = this.staff.post(path, body)
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:rule-violation"));
		verify(this.structures, never()).save(any());
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

	/** A structure the repository finds. */
	private Structure registered() {
		Structure structure = Structure.register("Le Cri de la Plume", "Association loi 1901", "Dijon", null, 2.5,
				RECORDED);
		given(this.structures.findById(structure.id())).willReturn(Optional.of(structure));
		return structure;
	}

	/** A diagnostic started on 2023-05-02 that the repository finds; answers its id. */
	private String diagnosed(Structure structure, LocalDate completedOn) {
		String diagnostic = structure.startDiagnostic(LocalDate.parse("2023-05-02"), completedOn, List.of(), RECORDED);
		given(this.structures.findByDiagnosticsRecordedId(diagnostic)).willReturn(Optional.of(structure));
		return diagnostic;
	}

}
