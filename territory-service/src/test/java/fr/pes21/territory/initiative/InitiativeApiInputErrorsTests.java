package fr.pes21.territory.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import fr.pes21.platform.audit.Stamp;
import fr.pes21.platform.problem.UnknownResource;
import fr.pes21.territory.territory.KnownTerritories;
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

import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every endpoint of the initiatives refuses bad input with its problem (400 naming the
 * field, 404) and records nothing: a web slice, the repository a mock that knows the
 * initiatives a test gives it (its lookups are the real ones), the territories a mock
 * that knows every territory but {@link #UNKNOWN}. The rules (422) are in
 * {@code TerritoryApiIntegrationTests}, on the real data.
 */
@ApiSlice(InitiativeController.class)
class InitiativeApiInputErrorsTests {

	private static final String INITIATIVES = InitiativeController.INITIATIVES;

	private static final String UNKNOWN = UUID.randomUUID().toString();

	/** Recorded at the slice's clock, by the user of the aggregates built here. */
	private static final Stamp RECORDED = new Stamp(Instant.parse(ApiSlice.NOW), "someone");

	@Autowired
	MockMvc mvc;

	@MockitoBean(answers = Answers.CALLS_REAL_METHODS)
	InitiativeRepository initiatives;

	@MockitoBean
	KnownTerritories territories;

	private ApiClient staff;

	@BeforeEach
	void staff() {
		this.staff = ApiClient.of(this.mvc, TestTokens.bearer("alice", "STAFF"));
		willThrow(new UnknownResource("territory", UNKNOWN)).given(this.territories).requireRegistered(UNKNOWN);
	}

	static Stream<Arguments> invalidBodies() {
		return Stream.of(
				Arguments.of("/api/territories/territory-1/initiatives",
						"{\"name\": \" \", \"startedOn\": \"2023-03-01\"}", List.of("name")),
				Arguments.of("/api/territories/territory-1/initiatives",
						"{\"name\": \"La Boucle\", \"startedOn\": \"2023-13-01\"}", List.of("startedOn")),
				Arguments.of("/api/territories/territory-1/initiatives", "{\"name\": \"La Boucle\"}",
						List.of("startedOn")),
				Arguments.of("{id}/stage", "{\"stage\": \"FEASIBILITY\", \"date\": \"2023-02-29\"}", List.of("date")),
				Arguments.of("{id}/stage", "{\"stage\": \"SOLD\", \"date\": \"2023-06-05\"}", List.of("stage")),
				Arguments.of("{id}/stage", "{\"stage\": \"LAUNCHED\", \"date\": \"2024-06-01\", \"jobs\": -1}",
						List.of("jobs")),
				Arguments.of("{id}/milestones", "{\"kind\": \"STATUTES\", \"date\": \"2024-04-31\", \"label\": \"É\"}",
						List.of("date")),
				Arguments.of("{id}/milestones", "{\"kind\": \"STATUTES\", \"date\": \"2024-04-30\"}", List.of("label")),
				Arguments.of("{id}/meetings", "{\"date\": \"2024-00-10\", \"kind\": \"STEERING\"}", List.of("date")),
				Arguments.of("{id}/meetings", "{\"kind\": \"STEERING\"}", List.of("date")));
	}

	@ParameterizedTest(name = "POST {0} {1}")
	@MethodSource("invalidBodies")
	void aBodyWithMissingOrInvalidFieldsIsA400ProblemNamingThemAndRecordsNothing(String path, String body,
			List<String> fields) throws Exception {
		ResultActions answer = this.staff.post(path.replace("{id}", INITIATIVES + "/" + started().id()), body)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		for (String field : fields) {
			answer.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
		}
		verify(this.initiatives, never()).save(any());
	}

	@ParameterizedTest(name = "POST {0}")
	@ValueSource(
			strings = { "/api/territories/territory-1/initiatives", "{id}/stage", "{id}/milestones", "{id}/meetings" })
	void aBodyThatIsNotJsonIsA400Problem(String path) throws Exception {
		this.staff.post(path.replace("{id}", INITIATIVES + "/" + started().id()), "{\"")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:malformed-body"));
		verify(this.initiatives, never()).save(any());
	}

	@Test
	void theListRefusesAPageOutOfBounds() throws Exception {
		this.staff.get(INITIATIVES + "?page=-1").andExpect(status().isBadRequest());
		this.staff.get(INITIATIVES + "?size=201").andExpect(status().isBadRequest());
	}

	@Test
	void anInitiativeOnAnUnknownTerritoryIsA404Problem() throws Exception {
		this.staff.post("/api/territories/" + UNKNOWN + "/initiatives", """
				{"name": "La Boucle", "startedOn": "2023-03-01"}
				""")
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:not-found"));
		verify(this.initiatives, never()).save(any());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "GET ", "DELETE ", "POST /stage", "POST /milestones", "POST /meetings", "GET /stages/x",
			"DELETE /stages/x", "GET /milestones/x", "DELETE /milestones/x", "GET /meetings/x", "DELETE /meetings/x" })
	void everyEndpointOfAnUnknownOrWithdrawnInitiativeIsA404Problem(String request) throws Exception {
		String[] methodAndPath = request.split(" ", -1);
		Initiative withdrawn = started();
		withdrawn.withdraw(RECORDED);

		for (String id : List.of(UNKNOWN, withdrawn.id())) {
			// a body valid for the endpoint: it is read before the initiative is looked
			// up
			String kind = methodAndPath[1].equals("/milestones") ? "STATUTES" : "STEERING";
			send(methodAndPath[0], INITIATIVES + "/" + id + methodAndPath[1],
					"{\"stage\": \"FEASIBILITY\", \"kind\": \"%s\", \"date\": \"2024-01-25\", \"label\": \"AG\"}"
						.formatted(kind))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("urn:pes21:problem:not-found"));
		}
		verify(this.initiatives, never()).save(any());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "GET /stages/", "DELETE /stages/", "GET /milestones/", "DELETE /milestones/",
			"GET /meetings/", "DELETE /meetings/" })
	void aFactNeverRecordedOnAKnownInitiativeIsA404Problem(String request) throws Exception {
		String[] methodAndPath = request.split(" ");
		Initiative initiative = started();
		initiative.holdMeeting(LocalDate.parse("2024-01-25"), MeetingKind.STEERING, RECORDED);

		send(methodAndPath[0], INITIATIVES + "/" + initiative.id() + methodAndPath[1] + UNKNOWN, null)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:not-found"));
		verify(this.initiatives, never()).save(any());
	}

	private ResultActions send(String method, String path, String body) throws Exception {
		return switch (method) {
			case "GET" -> this.staff.get(path);
			case "DELETE" -> this.staff.withdraw(path);
			case "POST" -> this.staff.post(path, body);
			default -> throw new IllegalArgumentException(method);
		};
	}

	/** An initiative started on 2023-03-01 that the repository finds. */
	private Initiative started() {
		Initiative initiative = Initiative.start("territory-1", "La Boucle", null, null, LocalDate.parse("2023-03-01"),
				RECORDED);
		given(this.initiatives.findById(initiative.id())).willReturn(Optional.of(initiative));
		return initiative;
	}

}
