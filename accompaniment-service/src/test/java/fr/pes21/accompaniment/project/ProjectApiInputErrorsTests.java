package fr.pes21.accompaniment.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import fr.pes21.contracts.accompaniment.ClosureOutcome;
import fr.pes21.contracts.accompaniment.Programme;
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
 * Every endpoint of the accompaniment API refuses bad input with its problem (400 naming
 * the field, 404, 422) and records nothing: a web slice, the repository a mock that knows
 * the projects a test gives it (its {@code active} is the real one).
 */
@ApiSlice(ProjectController.class)
class ProjectApiInputErrorsTests {

	private static final String PROJECTS = ProjectController.PROJECTS;

	private static final String UNKNOWN = UUID.randomUUID().toString();

	/** Recorded at the slice's clock, by the user of the aggregates built here. */
	private static final Stamp RECORDED = new Stamp(Instant.parse(ApiSlice.NOW), "someone");

	@Autowired
	MockMvc mvc;

	@MockitoBean(answers = Answers.CALLS_REAL_METHODS)
	ProjectRepository projects;

	/** The list's search runs on MongoDB: the integration tests cover it. */
	@MockitoBean
	ProjectSearch search;

	private ApiClient staff;

	@BeforeEach
	void staff() {
		this.staff = ApiClient.of(this.mvc, TestTokens.bearer("alice", "STAFF"));
	}

	static Stream<Arguments> invalidBodies() {
		String meetings = "/{id}/meetings";
		return Stream.of(Arguments.of("", """
				{"name": " ", "welcomedOn": "2024-03-04", "commune": "Dijon",
				 "holders": [{"firstName": "Camille", "email": "not-an-address"}]}
				""", List.of("name", "programme", "holders[0].lastName", "holders[0].email")), Arguments.of("", """
				{"name": "La Boucle", "programme": "CRDVA", "welcomedOn": "2024-03-04", "commune": "Dijon",
				 "holders": []}
				""", List.of("holders")), Arguments.of("", project("2024-02-30"), List.of("welcomedOn")),
				Arguments.of("", project("2024-03-04").replace("BENEFICE_CREA", "DLA"), List.of("programme")),
				Arguments.of(meetings, "{}", List.of("date", "kind")),
				Arguments.of(meetings, "{\"date\": \"2024-02-30\", \"kind\": \"INTAKE\"}", List.of("date")),
				Arguments.of(meetings, "{\"date\": \"2024-04-02\", \"kind\": \"LUNCH\"}", List.of("kind")),
				Arguments.of(meetings,
						"{\"date\": \"2024-04-02\", \"kind\": \"INTAKE\", \"notes\": \"%s\"}"
							.formatted("x".repeat(5001)),
						List.of("notes")),
				Arguments.of("/{id}/creation", "{}", List.of("date", "legalForm", "jobsCreated")),
				Arguments.of("/{id}/creation", """
						{"date": "2024-06-01", "legalForm": "SCIC", "jobsCreated": -1}
						""", List.of("jobsCreated")),
				Arguments.of("/{id}/post-creation-reviews", "{}", List.of("date")),
				Arguments.of("/{id}/post-creation-reviews", "{\"date\": \"2024-13-01\"}", List.of("date")),
				Arguments.of("/{id}/closure", "{}", List.of("date", "outcome")),
				Arguments.of("/{id}/closure", "{\"date\": \"2024-12-01\", \"outcome\": \"SOLD\"}", List.of("outcome")));
	}

	@ParameterizedTest(name = "POST {0} {1}")
	@MethodSource("invalidBodies")
	void aBodyWithMissingOrInvalidFieldsIsA400ProblemNamingThemAndRecordsNothing(String path, String body,
			List<String> fields) throws Exception {
		String id = welcomed().id();

		var answer = this.staff.post(PROJECTS + path.replace("{id}", id), body)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400));
		for (String field : fields) {
			answer.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
		}
		verify(this.projects, never()).save(any());
	}

	@ParameterizedTest(name = "POST {0}")
	@ValueSource(strings = { "", "/{id}/meetings", "/{id}/creation", "/{id}/post-creation-reviews", "/{id}/closure" })
	void aBodyThatIsNotJsonIsA400Problem(String path) throws Exception {
		String id = welcomed().id();

		this.staff.post(PROJECTS + path.replace("{id}", id), "{\"date\": ")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:malformed-body"));
		verify(this.projects, never()).save(any());
	}

	@Test
	void theListRefusesAPageSizeOutOfBoundsAndAnUnknownProgramme() throws Exception {
		this.staff.get(PROJECTS + "?size=500")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		this.staff.get(PROJECTS + "?page=-1")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
		this.staff.get(PROJECTS + "?programme=DLA")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("programme"));
	}

	static Stream<Arguments> everyEndpointOfAProject() {
		return Stream.of(Arguments.of("GET", "/{id}", null), Arguments.of("DELETE", "/{id}", null),
				Arguments.of("POST", "/{id}/meetings", "{\"date\": \"2024-04-02\", \"kind\": \"FOLLOW_UP\"}"),
				Arguments.of("GET", "/{id}/meetings/" + UNKNOWN, null),
				Arguments.of("DELETE", "/{id}/meetings/" + UNKNOWN, null),
				Arguments.of("POST", "/{id}/creation",
						"{\"date\": \"2024-06-01\", \"legalForm\": \"SCIC\", " + "\"jobsCreated\": 2}"),
				Arguments.of("GET", "/{id}/creation", null), Arguments.of("DELETE", "/{id}/creation", null),
				Arguments.of("POST", "/{id}/post-creation-reviews", "{\"date\": \"2024-11-15\"}"),
				Arguments.of("GET", "/{id}/post-creation-reviews/" + UNKNOWN, null),
				Arguments.of("DELETE", "/{id}/post-creation-reviews/" + UNKNOWN, null),
				Arguments.of("POST", "/{id}/closure", "{\"date\": \"2024-12-01\", \"outcome\": \"CREATED\"}"),
				Arguments.of("GET", "/{id}/closure", null), Arguments.of("DELETE", "/{id}/closure", null));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("everyEndpointOfAProject")
	void everyEndpointOfAnUnknownProjectIsA404Problem(String method, String path, String body) throws Exception {
		send(method, PROJECTS + path.replace("{id}", UNKNOWN), body).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:not-found"));
		verify(this.projects, never()).save(any());
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("everyEndpointOfAProject")
	void everyEndpointOfAWithdrawnProjectIsA404Problem(String method, String path, String body) throws Exception {
		Project withdrawn = welcomed();
		withdrawn.withdraw(RECORDED);

		send(method, PROJECTS + path.replace("{id}", withdrawn.id()), body).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:not-found"));
		verify(this.projects, never()).save(any());
	}

	@ParameterizedTest(name = "{0} {1}")
	@ValueSource(strings = { "GET /{id}/meetings/none", "DELETE /{id}/meetings/none", "GET /{id}/creation",
			"DELETE /{id}/creation", "GET /{id}/post-creation-reviews/none", "DELETE /{id}/post-creation-reviews/none",
			"GET /{id}/closure", "DELETE /{id}/closure" })
	void aFactNeverRecordedOnAKnownProjectIsA404Problem(String request) throws Exception {
		String id = welcomed().id();
		String[] methodAndPath = request.split(" ");

		send(methodAndPath[0], PROJECTS + methodAndPath[1].replace("{id}", id), null).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:not-found"));
		verify(this.projects, never()).save(any());
	}

	@Test
	void aMeetingOrAReviewDatedBeforeTheWelcomeIsA422() throws Exception {
		Project project = welcomed();
		project.recordCreation(LocalDate.parse("2024-06-01"), "SCIC", 1, RECORDED);

		refused("/{id}/meetings", project, "{\"date\": \"2024-03-01\", \"kind\": \"INTAKE\"}")
			.andExpect(jsonPath("$.detail").value(containsString("before the project was welcomed")));
		refused("/{id}/creation", welcomed(),
				"{\"date\": \"2024-03-01\", \"legalForm\": \"SCIC\", \"jobsCreated\": 0}");
		refused("/{id}/post-creation-reviews", project, "{\"date\": \"2024-03-01\"}");
		refused("/{id}/closure", project, "{\"date\": \"2024-03-01\", \"outcome\": \"CREATED\"}");
	}

	@Test
	void aSecondCreationOrClosureIsA422() throws Exception {
		Project project = welcomed();
		project.recordCreation(LocalDate.parse("2024-06-01"), "SCIC", 1, RECORDED);
		project.close(LocalDate.parse("2024-12-01"), ClosureOutcome.CREATED, RECORDED);
		Project created = welcomed();
		created.recordCreation(LocalDate.parse("2024-06-01"), "SCIC", 1, RECORDED);

		refused("/{id}/creation", created, "{\"date\": \"2024-07-01\", \"legalForm\": \"SCIC\", \"jobsCreated\": 0}");
		refused("/{id}/closure", project, "{\"date\": \"2024-12-02\", \"outcome\": \"CREATED\"}");
	}

	@Test
	void aReviewWithoutACreationOrBeforeItIsA422() throws Exception {
		Project created = welcomed();
		created.recordCreation(LocalDate.parse("2024-06-01"), "SCIC", 1, RECORDED);

		refused("/{id}/post-creation-reviews", welcomed(), "{\"date\": \"2024-09-01\"}");
		refused("/{id}/post-creation-reviews", created, "{\"date\": \"2024-05-31\"}");
	}

	@Test
	void nothingButAWithdrawalIsRecordedOnAClosedProject() throws Exception {
		Project closed = welcomed();
		closed.close(LocalDate.parse("2024-12-01"), ClosureOutcome.ABANDONED, RECORDED);

		refused("/{id}/meetings", closed, "{\"date\": \"2024-12-05\", \"kind\": \"FOLLOW_UP\"}");
		refused("/{id}/creation", closed, "{\"date\": \"2024-12-05\", \"legalForm\": \"SCIC\", \"jobsCreated\": 0}");
		refused("/{id}/post-creation-reviews", closed, "{\"date\": \"2024-12-05\"}");
	}

	private ResultActions refused(String path, Project project, String body) throws Exception {
		ResultActions answer = this.staff.post(PROJECTS + path.replace("{id}", project.id()), body)
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:rule-violation"))
			.andExpect(jsonPath("$.detail").isNotEmpty());
		verify(this.projects, never()).save(any());
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

	/** A project welcomed on 2024-03-04 that the repository finds. */
	private Project welcomed() {
		Project project = Project.welcome("La Boucle", Programme.BENEFICE_CREA, LocalDate.parse("2024-03-04"),
				"Sombernon", null, List.of(new Holder("Camille", "Durand", "camille.durand@example.org", null)),
				RECORDED);
		given(this.projects.findById(project.id())).willReturn(Optional.of(project));
		return project;
	}

	private static String project(String welcomedOn) {
		return """
				{"name": "La Boucle", "programme": "BENEFICE_CREA", "welcomedOn": "%s", "commune": "Sombernon",
				 "holders": [{"firstName": "Camille", "lastName": "Durand", "email": "camille.durand@example.org"}]}
				""".formatted(welcomedOn);
	}

}
