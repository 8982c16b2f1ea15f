package fr.pes21.events.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import fr.pes21.contracts.events.EventKind;
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
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every endpoint of the events and their registrations refuses bad input with its problem
 * (400 naming the field, 404) and records nothing: a web slice, the real
 * {@link EventCommands} on a mock repository that knows the events a test gives it. The
 * rules (422) are in {@code EventsApiIntegrationTests}, on the real data.
 */
@ApiSlice({ EventController.class, RegistrationController.class })
@Import(EventCommands.class)
class EventApiInputErrorsTests {

	private static final String EVENTS = EventController.EVENTS;

	private static final String UNKNOWN = UUID.randomUUID().toString();

	/** Recorded at the slice's clock, by the user of the aggregates built here. */
	private static final Stamp RECORDED = new Stamp(Instant.parse(ApiSlice.NOW), "someone");

	@Autowired
	MockMvc mvc;

	@MockitoBean(answers = Answers.CALLS_REAL_METHODS)
	EventRepository events;

	private ApiClient staff;

	@BeforeEach
	void staff() {
		this.staff = ApiClient.of(this.mvc, TestTokens.bearer("alice", "STAFF"));
	}

	static Stream<Arguments> invalidBodies() {
		return Stream.of(
				Arguments.of("", "{\"title\": \" \", \"capacity\": 0, \"partners\": [\" \"]}",
						List.of("title", "kind", "startsAt", "capacity", "partners[0]")),
				Arguments.of("",
						"{\"title\": \"Soirée\", \"kind\": \"PARTY\", \"startsAt\": \"2025-07-02T18:30:00+02:00\"}",
						List.of("kind")),
				Arguments.of("",
						"{\"title\": \"Soirée\", \"kind\": \"CLUB_EVENING\", \"startsAt\": \"2025-07-02T18:30:00\"}",
						List.of("startsAt")),
				Arguments.of("",
						"{\"title\": \"Soirée\", \"kind\": \"CLUB_EVENING\", \"startsAt\": \"2025-02-30T18:30:00+01:00\"}",
						List.of("startsAt")),
				Arguments.of("/{id}/attendance", "{}", List.of("count")),
				Arguments.of("/{id}/attendance", "{\"count\": -1}", List.of("count")),
				Arguments.of("/{id}/registrations", "{\"name\": \" \", \"email\": \"not an address\"}",
						List.of("name", "email")));
	}

	@ParameterizedTest(name = "POST {0} {1}")
	@MethodSource("invalidBodies")
	void aBodyWithMissingOrInvalidFieldsIsA400ProblemNamingThemAndRecordsNothing(String path, String body,
			List<String> fields) throws Exception {
		ResultActions answer = this.staff.post(EVENTS + path.replace("{id}", scheduled().id()), body)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(not(containsString("not an address"))));
		for (String field : fields) {
			answer.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
		}
		verify(this.events, never()).save(any());
	}

	@ParameterizedTest(name = "POST {0}")
	@ValueSource(strings = { "", "/{id}/attendance", "/{id}/cancellation", "/{id}/registrations" })
	void aBodyThatIsNotJsonIsA400Problem(String path) throws Exception {
		this.staff.post(EVENTS + path.replace("{id}", scheduled().id()), "{\"")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:malformed-body"));
		verify(this.events, never()).save(any());
	}

	@Test
	void theListRefusesAPageOrAYearOutOfBounds() throws Exception {
		for (String query : List.of("size=0", "size=201", "page=-1", "year=1899", "year=2101")) {
			this.staff.get(EVENTS + "?" + query).andExpect(status().isBadRequest());
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "GET ", "DELETE ", "POST /held", "GET /held", "DELETE /held", "POST /attendance",
			"GET /attendance", "DELETE /attendance", "POST /cancellation", "GET /cancellation", "DELETE /cancellation",
			"POST /registrations", "GET /registrations", "GET /registrations/x", "DELETE /registrations/x" })
	void everyEndpointOfAnUnknownOrWithdrawnEventIsA404Problem(String request) throws Exception {
		String[] methodAndPath = request.split(" ", -1);
		Event withdrawn = scheduled();
		withdrawn.withdraw(RECORDED);

		for (String id : List.of(UNKNOWN, withdrawn.id())) {
			send(methodAndPath[0], EVENTS + "/" + id + methodAndPath[1]).andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("urn:pes21:problem:not-found"));
		}
		verify(this.events, never()).save(any());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "GET /held", "GET /attendance", "GET /cancellation", "GET /registrations/x",
			"DELETE /registrations/x" })
	void aFactNeverRecordedOnAKnownEventIsA404Problem(String request) throws Exception {
		String[] methodAndPath = request.split(" ");

		send(methodAndPath[0], EVENTS + "/" + scheduled().id() + methodAndPath[1]).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:not-found"));
		verify(this.events, never()).save(any());
	}

	/** The request, with a body valid for the endpoint (it is read before the lookup). */
	private ResultActions send(String method, String path) throws Exception {
		String body = path.endsWith("/attendance") ? "{\"count\": 3}"
				: path.endsWith("/registrations") ? "{\"name\": \"Alex\", \"email\": \"alex@example.org\"}" : "{}";
		return switch (method) {
			case "GET" -> this.staff.get(path);
			case "DELETE" -> this.staff.withdraw(path);
			case "POST" -> this.staff.post(path, body);
			default -> throw new IllegalArgumentException(method);
		};
	}

	/** An event after the slice's clock, with 10 places, that the repository finds. */
	private Event scheduled() {
		Event event = Event.schedule("Soirée du Club", EventKind.CLUB_EVENING, Instant.parse("2025-06-10T16:30:00Z"),
				null, 10, List.of(), RECORDED);
		given(this.events.findById(event.id())).willReturn(Optional.of(event));
		return event;
	}

}
