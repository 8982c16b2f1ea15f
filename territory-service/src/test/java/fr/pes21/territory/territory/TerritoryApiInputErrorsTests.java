package fr.pes21.territory.territory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import fr.pes21.contracts.territory.TerritoryKind;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.testsupport.ApiClient;
import fr.pes21.testsupport.ApiSlice;
import fr.pes21.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
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
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every endpoint of the territories and their needs refuses bad input with its problem
 * (400 naming the field, 404) and records nothing: a web slice, the repository a mock
 * that knows the territories a test gives it (its lookups are the real ones). The rules
 * (422) are in {@code TerritoryApiIntegrationTests}, on the real data.
 */
@ApiSlice(TerritoryController.class)
class TerritoryApiInputErrorsTests {

	private static final String TERRITORIES = TerritoryController.TERRITORIES;

	private static final String UNKNOWN = UUID.randomUUID().toString();

	/** Recorded at the slice's clock, by the user of the aggregates built here. */
	private static final Stamp RECORDED = new Stamp(Instant.parse(ApiSlice.NOW), "someone");

	@Autowired
	MockMvc mvc;

	@MockitoBean(answers = Answers.CALLS_REAL_METHODS)
	TerritoryRepository territories;

	@MockitoBean
	TerritoryInitiatives initiatives;

	private ApiClient staff;

	@BeforeEach
	void staff() {
		this.staff = ApiClient.of(this.mvc, TestTokens.bearer("alice", "STAFF"));
	}

	static Stream<Arguments> invalidBodies() {
		return Stream.of(
				Arguments.of("", "{\"name\": \" \", \"department\": \"Côte-d'Or\"}",
						List.of("name", "kind", "department")),
				Arguments.of("", "{\"name\": \"Région\", \"kind\": \"REGION\", \"department\": \"21\"}",
						List.of("kind")),
				Arguments.of("/{id}/needs", "{\"title\": \"Une recyclerie\", \"identifiedOn\": \"2024-02-30\"}",
						List.of("identifiedOn")),
				Arguments.of("/{id}/needs", "{\"title\": \" \", \"identifiedOn\": \"2024-02-07\"}", List.of("title")));
	}

	@ParameterizedTest(name = "POST {0} {1}")
	@MethodSource("invalidBodies")
	void aBodyWithMissingOrInvalidFieldsIsA400ProblemNamingThemAndRecordsNothing(String path, String body,
			List<String> fields) throws Exception {
		ResultActions answer = this.staff.post(TERRITORIES + path.replace("{id}", registered().id()), body)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		for (String field : fields) {
			answer.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
		}
		verify(this.territories, never()).save(any());
	}

	@ParameterizedTest(name = "department {0}")
	@ValueSource(strings = { "21", "2A", "2B", "974" })
	void everyFormOfDepartementCodeIsAccepted(String department) throws Exception {
		this.staff.post(TERRITORIES, """
				{"name": "Ajaccio", "kind": "COMMUNE", "department": "%s"}
				""".formatted(department)).andExpect(status().isCreated());
		verify(this.territories).save(any());
	}

	@ParameterizedTest(name = "POST {0}")
	@ValueSource(strings = { "", "/{id}/needs" })
	void aBodyThatIsNotJsonIsA400Problem(String path) throws Exception {
		this.staff.post(TERRITORIES + path.replace("{id}", registered().id()), "{\"")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:malformed-body"));
		verify(this.territories, never()).save(any());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "size=0", "size=201", "page=-1" })
	void theListRefusesAPageOutOfBounds(String query) throws Exception {
		this.staff.get(TERRITORIES + "?" + query).andExpect(status().isBadRequest());
	}

	@ParameterizedTest(name = "{0} {1}")
	@ValueSource(strings = { "GET ", "DELETE ", "POST /needs", "GET /needs/none", "DELETE /needs/none" })
	void everyEndpointOfAnUnknownOrWithdrawnTerritoryIsA404Problem(String request) throws Exception {
		String[] methodAndPath = request.split(" ", -1);
		Territory withdrawn = registered();
		withdrawn.withdraw(List.of(), RECORDED);

		for (String id : List.of(UNKNOWN, withdrawn.id())) {
			send(methodAndPath[0], TERRITORIES + "/" + id + methodAndPath[1],
					"{\"title\": \"Une recyclerie\", \"identifiedOn\": \"2024-02-07\"}")
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("urn:pes21:problem:not-found"));
		}
		verify(this.territories, never()).save(any());
	}

	@ParameterizedTest(name = "{0} a need never identified")
	@ValueSource(strings = { "GET", "DELETE" })
	void aNeedNeverIdentifiedOnAKnownTerritoryIsA404Problem(String method) throws Exception {
		Territory territory = registered();
		territory.identifyNeed("Une recyclerie", LocalDate.parse("2024-02-07"), RECORDED);

		send(method, TERRITORIES + "/" + territory.id() + "/needs/" + UNKNOWN, null).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:not-found"));
		verify(this.territories, never()).save(any());
	}

	private ResultActions send(String method, String path, String body) throws Exception {
		return switch (method) {
			case "GET" -> this.staff.get(path);
			case "DELETE" -> this.staff.withdraw(path);
			case "POST" -> this.staff.post(path, body);
			default -> throw new IllegalArgumentException(method);
		};
	}

	/** A territory the repository finds. */
	private Territory registered() {
		Territory territory = Territory.register("Ouche et Montagne", TerritoryKind.EPCI, "21", RECORDED);
		given(this.territories.findById(territory.id())).willReturn(Optional.of(territory));
		return territory;
	}

}
