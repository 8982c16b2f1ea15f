package fr.pes21.events.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import fr.pes21.contracts.events.EventKind;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.testsupport.ApiClient;
import fr.pes21.testsupport.ApiSlice;
import fr.pes21.testsupport.RoleTable;
import fr.pes21.testsupport.RoleTable.Writing;
import fr.pes21.testsupport.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.Answers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static fr.pes21.testsupport.RoleTable.ADMIN_ONLY;
import static fr.pes21.testsupport.RoleTable.RECORDERS;
import static fr.pes21.testsupport.RoleTable.STAFF_AND_ADMIN;
import static fr.pes21.testsupport.RoleTable.json;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may record and withdraw what on the events and their registrations, one row per
 * writing endpoint: every role but READER; a whole event STAFF and ADMIN only; the
 * erasure of personal data ADMIN only (docs/api.md, "Access"). A role refused gets a 403
 * problem and records nothing; a role allowed gets the endpoint's answer. The commands
 * run through the real {@link EventCommands}, on a mock repository.
 */
@ApiSlice({ EventController.class, RegistrationController.class })
@Import(EventCommands.class)
class EventApiRolesTests {

	private static final String EVENTS = EventController.EVENTS;

	/** Recorded at the slice's clock, by the user of the aggregates built here. */
	private static final Stamp RECORDED = new Stamp(Instant.parse(ApiSlice.NOW), "someone");

	/** Before the slice's clock: an event that can be recorded as held. */
	private static final Instant STARTED = Instant.parse("2025-05-20T16:30:00Z");

	/** After the slice's clock: an event open to registrations. */
	private static final Instant UPCOMING = Instant.parse("2025-06-10T16:30:00Z");

	private static final List<Writing<EventApiRolesTests>> WRITING = List.of(
			RoleTable.created("schedule an event", RECORDERS, (test) -> json(post(EVENTS), """
					{"title": "Soirée du Club", "kind": "CLUB_EVENING", "startsAt": "2025-06-10T18:30:00+02:00"}
					""")),
			RoleTable.withdrawn("withdraw an event", STAFF_AND_ADMIN,
					(test) -> delete(EVENTS + "/" + test.event((event) -> null))),
			RoleTable.created("record that it was held", RECORDERS,
					(test) -> post(EVENTS + "/" + test.event((event) -> null) + "/held")),
			RoleTable.withdrawn("withdraw that it was held", RECORDERS,
					(test) -> delete(EVENTS + "/" + test.event((event) -> event.hold(RECORDED)) + "/held")),
			RoleTable.created("record the attendance", RECORDERS,
					(test) -> json(post(EVENTS + "/" + test.event((event) -> event.hold(RECORDED)) + "/attendance"),
							"{\"count\": 42}")),
			RoleTable.withdrawn("withdraw the attendance", RECORDERS,
					(test) -> delete(EVENTS + "/" + test.event((event) -> {
						event.hold(RECORDED);
						return event.recordAttendance(42, RECORDED);
					}) + "/attendance")),
			RoleTable.created("cancel the event", RECORDERS,
					(test) -> json(post(EVENTS + "/" + test.event((event) -> null) + "/cancellation"),
							"{\"reason\": \"Salle indisponible\"}")),
			RoleTable.withdrawn("withdraw the cancellation", RECORDERS,
					(test) -> delete(
							EVENTS + "/" + test.event((event) -> event.cancel(null, RECORDED)) + "/cancellation")),
			RoleTable.created("register a person", RECORDERS,
					(test) -> json(post(EVENTS + "/" + test.upcoming((event) -> null) + "/registrations"),
							"{\"name\": \"Camille Durand\", \"email\": \"camille@example.org\"}")),
			RoleTable.withdrawn("cancel a registration", RECORDERS, (test) -> {
				String[] registration = new String[1];
				String event = test.upcoming((recorded) -> registration[0] = recorded
					.register("Camille Durand", "camille@example.org", RECORDED)
					.id());
				return delete(EVENTS + "/" + event + "/registrations/" + registration[0]);
			}), RoleTable.noContent("erase a registrant's personal data", ADMIN_ONLY, (test) -> {
				String[] registration = new String[1];
				String event = test.upcoming((recorded) -> registration[0] = recorded
					.register("Camille Durand", "camille@example.org", RECORDED)
					.id());
				return post(EVENTS + "/" + event + "/registrations/" + registration[0] + "/personal-data-erasure");
			}));

	@Autowired
	MockMvc mvc;

	@MockitoBean(answers = Answers.CALLS_REAL_METHODS)
	EventRepository events;

	static Stream<Arguments> everyWritingEndpointAndRole() {
		return RoleTable.rows(WRITING);
	}

	static Stream<Writing<EventApiRolesTests>> everyWritingEndpoint() {
		return WRITING.stream();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("everyWritingEndpointAndRole")
	void aRoleRecordsOrWithdrawsExactlyWhereTheTableAllowsIt(Writing<EventApiRolesTests> endpoint, String role)
			throws Exception {
		ApiClient.of(this.mvc, TestTokens.bearer("someone", role))
			.perform(endpoint.request().apply(this))
			.andExpect(endpoint.expectedFor(role));

		if (!endpoint.allows(role)) {
			verify(this.events, never()).save(any());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyWritingEndpoint")
	void withoutATokenEveryWritingEndpointIsA401Problem(Writing<EventApiRolesTests> endpoint) throws Exception {
		ApiClient.of(this.mvc, null).perform(endpoint.request().apply(this)).andExpect(RoleTable.unauthenticated());

		verify(this.events, never()).save(any());
	}

	/**
	 * An event started before the slice's clock that the repository finds, after
	 * {@code then}.
	 */
	private String event(Function<Event, String> then) {
		return found(Event.schedule("Soirée du Club", EventKind.CLUB_EVENING, STARTED, null, 10, List.of(), RECORDED),
				then);
	}

	/** An event after the slice's clock, open to registrations, after {@code then}. */
	private String upcoming(Function<Event, String> then) {
		return found(Event.schedule("Soirée du Club", EventKind.CLUB_EVENING, UPCOMING, null, 10, List.of(), RECORDED),
				then);
	}

	private String found(Event event, Function<Event, String> then) {
		then.apply(event);
		given(this.events.findById(event.id())).willReturn(Optional.of(event));
		return event.id();
	}

}
