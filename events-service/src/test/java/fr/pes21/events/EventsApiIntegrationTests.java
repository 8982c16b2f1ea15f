package fr.pes21.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import fr.pes21.testsupport.ApiClient;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The events API of docs/api.md, through HTTP, on real MongoDB and Kafka. */
@WithRealInfrastructure
@SpringBootTest
@AutoConfigureMockMvc
class EventsApiIntegrationTests {

	private static final String EVENTS = "/api/events";

	private static final String STAFF = TestTokens.bearer("alice", "STAFF");

	private static final String ADMIN = TestTokens.bearer("ada", "ADMIN");

	private static final String VOLUNTEER = TestTokens.bearer("victor", "VOLUNTEER");

	private static final String READER = TestTokens.bearer("rita", "READER");

	@Autowired
	MockMvc mvc;

	private ApiClient staff;

	@BeforeEach
	void staff() {
		this.staff = ApiClient.of(this.mvc, STAFF);
	}

	@Autowired
	Clock clock;

	// Events

	@Test
	void schedulingAnEventAnswers201WithItsLocationAndReadsBack() throws Exception {
		MvcResult result = this.staff.post(EVENTS, """
				{"title": "Défi Pitch", "kind": "PITCH_CONTEST", "startsAt": "2024-11-05T18:30:00+01:00",
				 "venue": "Bistrot de la Scène", "capacity": 140, "partners": ["SASTI BFC", "Adie"]}
				""").andExpect(status().isCreated()).andExpect(jsonPath("$.id").isString()).andReturn();

		String id = ApiClient.idOf(result);
		assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION))
			.isEqualTo("http://localhost" + EVENTS + "/" + id);
		this.mvc.perform(get(EVENTS + "/" + id).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Défi Pitch"))
			.andExpect(jsonPath("$.kind").value("PITCH_CONTEST"))
			.andExpect(jsonPath("$.startsAt").value("2024-11-05T17:30:00Z"))
			.andExpect(jsonPath("$.date").value("2024-11-05"))
			.andExpect(jsonPath("$.venue").value("Bistrot de la Scène"))
			.andExpect(jsonPath("$.capacity").value(140))
			.andExpect(jsonPath("$.partners[1]").value("Adie"))
			.andExpect(jsonPath("$.status").value("SCHEDULED"))
			.andExpect(jsonPath("$.confirmed").value(0))
			.andExpect(jsonPath("$.waitlisted").value(0))
			.andExpect(jsonPath("$.held").isEmpty())
			.andExpect(jsonPath("$.attendance").isEmpty())
			.andExpect(jsonPath("$.cancellation").isEmpty());
	}

	@Test
	void anEventStartingOnNewYearsEveAt2330UtcIsDatedTheFirstOfJanuary() throws Exception {
		String id = this.staff.record(EVENTS, event("Réveillon", "2024-12-31T23:30:00Z", null));

		this.mvc.perform(get(EVENTS + "/" + id).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(jsonPath("$.startsAt").value("2024-12-31T23:30:00Z"))
			.andExpect(jsonPath("$.date").value("2025-01-01"));
	}

	@Test
	void theEventsAreListedInStartOrderAndByYearInParis() throws Exception {
		// Europe/Paris decides the year: the first starts on 1 January 2035 there, the
		// last on 1 January 2036.
		String newYear = this.staff.record(EVENTS, event("Vœux 2035", "2034-12-31T23:30:00Z", null));
		String december = this.staff.record(EVENTS, event("Marché de Noël", "2035-12-10T17:00:00Z", null));
		String april = this.staff.record(EVENTS, event("Soirée du Club", "2035-04-02T16:30:00Z", null));
		String nextYear = this.staff.record(EVENTS, event("Vœux 2036", "2035-12-31T23:30:00Z", null));

		MvcResult page = this.mvc
			.perform(get(EVENTS).param("year", "2035").param("size", "200").header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(200))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items[0].date").value("2035-01-01"))
			.andExpect(jsonPath("$.items[0].status").value("SCHEDULED"))
			.andReturn();

		assertThat(JsonPath.<List<String>>read(page.getResponse().getContentAsString(), "$.items[*].id"))
			.containsExactly(newYear, april, december);
		MvcResult all = this.mvc.perform(get(EVENTS).param("size", "200").header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(JsonPath.<List<String>>read(all.getResponse().getContentAsString(), "$.items[*].id"))
			.containsSubsequence(newYear, april, december, nextYear);
		this.mvc.perform(get(EVENTS).param("year", "twenty").header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		this.mvc.perform(get(EVENTS).param("year", "3000").header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
	}

	@Test
	void withdrawingAnEventAnswers204ThenEverythingOnItIsGone() throws Exception {
		String event = EVENTS + "/" + this.staff.record(EVENTS, event("Saisie par erreur", "2024-03-06T08:00:00Z", 50));
		this.staff.post(event + "/held", "{}").andExpect(status().isCreated());
		this.staff.post(event + "/attendance", "{\"count\": 52}").andExpect(status().isCreated());

		this.staff.withdraw(event).andExpect(status().isNoContent());

		for (String gone : List.of(event, event + "/held", event + "/attendance")) {
			this.mvc.perform(get(gone).header(HttpHeaders.AUTHORIZATION, STAFF)).andExpect(status().isNotFound());
		}
		this.staff.withdraw(event).andExpect(status().isNotFound());
		this.staff.post(event + "/held", "{}").andExpect(status().isNotFound());
	}

	// Registrations

	@Test
	void registrationsAreConfirmedWithinCapacityThenWaitlisted() throws Exception {
		String event = EVENTS + "/" + this.staff.record(EVENTS, event("Soirée du Club", future(), 2));

		MvcResult first = this.staff.post(event + "/registrations", registration("Alex", "alex@example.org"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andReturn();
		this.staff.post(event + "/registrations", registration("Bao", "bao@example.org"))
			.andExpect(jsonPath("$.status").value("CONFIRMED"));
		this.staff.post(event + "/registrations", registration("Chris", "chris@example.org"))
			.andExpect(jsonPath("$.status").value("WAITLISTED"));

		assertThat(first.getResponse().getHeader(HttpHeaders.LOCATION))
			.isEqualTo("http://localhost" + event + "/registrations/" + ApiClient.idOf(first));
		this.mvc.perform(get(event).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(jsonPath("$.confirmed").value(2))
			.andExpect(jsonPath("$.waitlisted").value(1));
		this.mvc
			.perform(get(event + "/registrations/" + ApiClient.idOf(first)).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Alex"))
			.andExpect(jsonPath("$.email").value("alex@example.org"))
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andExpect(jsonPath("$.receivedOn").isString());
	}

	@Test
	void withoutACapacityEveryRegistrationIsConfirmed() throws Exception {
		String event = EVENTS + "/" + this.staff.record(EVENTS, event("Webinaire", future(), null));

		for (int i = 0; i < 5; i++) {
			this.staff.post(event + "/registrations", registration("Person " + i, "person" + i + "@example.org"))
				.andExpect(jsonPath("$.status").value("CONFIRMED"));
		}
	}

	@Test
	void theRegistrationsAreListedInTheOrderReceivedInPages() throws Exception {
		String event = EVENTS + "/" + this.staff.record(EVENTS, event("Soirée du Club", future(), 1));
		String alex = this.staff.record(event + "/registrations", registration("Alex", "alex@example.org"));
		String bao = this.staff.record(event + "/registrations", registration("Bao", "bao@example.org"));
		String chris = this.staff.record(event + "/registrations", registration("Chris", "chris@example.org"));

		this.mvc
			.perform(get(event + "/registrations").param("page", "1")
				.param("size", "2")
				.header(HttpHeaders.AUTHORIZATION, ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].id").value(chris));
		MvcResult all = this.mvc.perform(get(event + "/registrations").header(HttpHeaders.AUTHORIZATION, STAFF))
			.andReturn();
		String body = all.getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(body, "$.items[*].id")).containsExactly(alex, bao, chris);
		assertThat(JsonPath.<List<String>>read(body, "$.items[*].status")).containsExactly("CONFIRMED", "WAITLISTED",
				"WAITLISTED");
	}

	@Test
	void registeringTheSameEmailTwiceForAnEventIsA422() throws Exception {
		String event = EVENTS + "/" + this.staff.record(EVENTS, event("Soirée du Club", future(), 10));
		String other = EVENTS + "/" + this.staff.record(EVENTS, event("Autre soirée", future(), 10));
		this.staff.post(event + "/registrations", registration("Alex", "alex@example.org"))
			.andExpect(status().isCreated());

		this.staff.post(event + "/registrations", registration("Alex D.", "ALEX@example.org"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:rule-violation"))
			.andExpect(jsonPath("$.detail").value(containsString("already registered")));
		this.staff.post(other + "/registrations", registration("Alex", "alex@example.org"))
			.andExpect(status().isCreated());
	}

	@Test
	void cancellingAConfirmedRegistrationMovesTheOldestWaitlistedOneUp() throws Exception {
		String event = EVENTS + "/" + this.staff.record(EVENTS, event("Soirée du Club", future(), 1));
		String confirmed = event + "/registrations/"
				+ this.staff.record(event + "/registrations", registration("Alex", "alex@example.org"));
		String first = event + "/registrations/"
				+ this.staff.record(event + "/registrations", registration("Bao", "bao@example.org"));
		String second = event + "/registrations/"
				+ this.staff.record(event + "/registrations", registration("Chris", "chris@example.org"));

		this.staff.withdraw(confirmed).andExpect(status().isNoContent());

		this.mvc.perform(get(confirmed).header(HttpHeaders.AUTHORIZATION, STAFF)).andExpect(status().isNotFound());
		this.staff.withdraw(confirmed).andExpect(status().isNotFound());
		this.mvc.perform(get(first).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andExpect(jsonPath("$.movedUpOn").isString());
		this.mvc.perform(get(second).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(jsonPath("$.status").value("WAITLISTED"));
		this.mvc.perform(get(event).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(jsonPath("$.confirmed").value(1))
			.andExpect(jsonPath("$.waitlisted").value(1));
	}

	@Test
	void registrationsToAnEventThatStartedAreA422() throws Exception {
		String event = EVENTS + "/" + this.staff.record(EVENTS, event("Passée", "2024-04-02T16:30:00Z", 10));

		this.staff.post(event + "/registrations", registration("Alex", "alex@example.org"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("started")));
	}

	@Test
	void theRegistrationsAreHiddenFromAReaderAndAVolunteer() throws Exception {
		String event = EVENTS + "/" + this.staff.record(EVENTS, event("Soirée du Club", future(), 10));
		MvcResult registered = this.mvc
			.perform(MockMvcRequestBuilders.post(event + "/registrations")
				.header(HttpHeaders.AUTHORIZATION, VOLUNTEER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(registration("Camille Durand", "camille.durand@example.org")))
			.andExpect(status().isCreated())
			.andReturn();

		for (String role : List.of(READER, VOLUNTEER)) {
			this.mvc.perform(get(event).header(HttpHeaders.AUTHORIZATION, role))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.confirmed").value(1))
				.andExpect(jsonPath("$.registrations").doesNotExist())
				.andExpect(content().string(not(containsString("Durand"))));
			this.mvc.perform(get(event + "/registrations").header(HttpHeaders.AUTHORIZATION, role))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			this.mvc.perform(
					get(event + "/registrations/" + ApiClient.idOf(registered)).header(HttpHeaders.AUTHORIZATION, role))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void theRegistrationsAreShownToStaffAndAdmin() throws Exception {
		String event = EVENTS + "/" + this.staff.record(EVENTS, event("Soirée du Club", future(), 10));
		this.staff.record(event + "/registrations", registration("Camille Durand", "camille.durand@example.org"));

		for (String role : List.of(STAFF, ADMIN)) {
			this.mvc.perform(get(event).header(HttpHeaders.AUTHORIZATION, role))
				.andExpect(jsonPath("$.registrations", hasSize(1)))
				.andExpect(jsonPath("$.registrations[0].name").value("Camille Durand"))
				.andExpect(jsonPath("$.registrations[0].email").value("camille.durand@example.org"));
		}
	}

	// Held and attendance

	@Test
	void anEventIsHeldOnlyOnceItStartedAndHeldHasItsOwnUrl() throws Exception {
		String upcoming = EVENTS + "/" + this.staff.record(EVENTS, event("À venir", future(), null));
		String past = EVENTS + "/"
				+ this.staff.record(EVENTS, event("Journée fonds européens", "2024-03-06T08:00:00Z", null));

		this.staff.post(upcoming + "/held", "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("before it starts")));
		MvcResult held = this.mvc
			.perform(MockMvcRequestBuilders.post(past + "/held").header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, "http://localhost" + past + "/held"))
			.andReturn();

		this.mvc.perform(get(past + "/held").header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(ApiClient.idOf(held)))
			.andExpect(jsonPath("$.date").value("2024-03-06"));
		this.mvc.perform(get(past).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(jsonPath("$.status").value("HELD"))
			.andExpect(jsonPath("$.held.id").value(ApiClient.idOf(held)));
		this.staff.post(past + "/held", "{}").andExpect(status().isUnprocessableContent());
	}

	@Test
	void attendanceIsRecordedForAHeldEventAndRecordingItAgainReplacesIt() throws Exception {
		String event = EVENTS + "/" + this.staff.record(EVENTS, event("Défi Pitch", "2024-11-05T17:30:00Z", 140));
		String attendance = event + "/attendance";

		this.staff.post(attendance, "{\"count\": 140}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("held first")));
		this.staff.post(event + "/held", "{}").andExpect(status().isCreated());
		this.staff.post(attendance, "{\"count\": -1}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("count"));
		MvcResult first = this.staff.post(attendance, "{\"count\": 130}")
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, "http://localhost" + attendance))
			.andReturn();
		MvcResult second = this.staff.post(attendance, "{\"count\": 140}").andExpect(status().isCreated()).andReturn();

		assertThat(ApiClient.idOf(second)).isNotEqualTo(ApiClient.idOf(first));
		this.mvc.perform(get(attendance).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(ApiClient.idOf(second)))
			.andExpect(jsonPath("$.count").value(140))
			.andExpect(jsonPath("$.date").value("2024-11-05"));
		this.mvc.perform(get(event).header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(jsonPath("$.attendance.count").value(140));

		this.staff.withdraw(attendance).andExpect(status().isNoContent());

		this.mvc.perform(get(attendance).header(HttpHeaders.AUTHORIZATION, STAFF)).andExpect(status().isNotFound());
		this.staff.withdraw(attendance).andExpect(status().isNotFound());
	}

	@Test
	void withdrawingHeldWithdrawsTheAttendanceAndTheEventIsScheduledAgain() throws Exception {
		String event = EVENTS + "/"
				+ this.staff.record(EVENTS, event("Atelier bénévoles", "2024-07-09T07:00:00Z", null));
		this.staff.post(event + "/held", "{}").andExpect(status().isCreated());
		this.staff.post(event + "/attendance", "{\"count\": 20}").andExpect(status().isCreated());

		this.staff.withdraw(event + "/held").andExpect(status().isNoContent());

		this.mvc.perform(get(event + "/held").header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(event + "/attendance").header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(event).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(jsonPath("$.status").value("SCHEDULED"));
		this.staff.withdraw(event + "/held").andExpect(status().isNotFound());
	}

	// Cancellation

	@Test
	void cancellingAnEventCancelsItsRegistrationsAndWithdrawingTheCancellationRestoresThem() throws Exception {
		String event = EVENTS + "/" + this.staff.record(EVENTS, event("Table ronde", future(), 1));
		String confirmed = event + "/registrations/"
				+ this.staff.record(event + "/registrations", registration("Alex", "alex@example.org"));
		String waiting = event + "/registrations/"
				+ this.staff.record(event + "/registrations", registration("Bao", "bao@example.org"));

		MvcResult cancelled = this.staff.post(event + "/cancellation", "{\"reason\": \"Salle indisponible\"}")
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, "http://localhost" + event + "/cancellation"))
			.andReturn();

		this.mvc.perform(get(event + "/cancellation").header(HttpHeaders.AUTHORIZATION, READER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(ApiClient.idOf(cancelled)))
			.andExpect(jsonPath("$.reason").value("Salle indisponible"));
		this.mvc.perform(get(event).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(jsonPath("$.status").value("CANCELLED"))
			.andExpect(jsonPath("$.registrations[*].status", hasItem("CANCELLED_BY_EVENT")))
			.andExpect(jsonPath("$.registrations[*].status", not(hasItem("CONFIRMED"))));
		this.staff.post(event + "/registrations", registration("Chris", "chris@example.org"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("cancelled")));
		this.staff.withdraw(waiting).andExpect(status().isUnprocessableContent());
		this.staff.post(event + "/held", "{}").andExpect(status().isUnprocessableContent());

		this.staff.withdraw(event + "/cancellation").andExpect(status().isNoContent());

		this.mvc.perform(get(event + "/cancellation").header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(confirmed).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(jsonPath("$.status").value("CONFIRMED"));
		this.mvc.perform(get(waiting).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(jsonPath("$.status").value("WAITLISTED"));
		this.mvc.perform(get(event).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(jsonPath("$.status").value("SCHEDULED"));
	}

	@Test
	void aHeldEventCannotBeCancelled() throws Exception {
		String event = EVENTS + "/"
				+ this.staff.record(EVENTS, event("Matinée financement", "2024-10-18T07:00:00Z", null));
		this.staff.post(event + "/held", "{}").andExpect(status().isCreated());

		this.staff.post(event + "/cancellation", "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:rule-violation"))
			.andExpect(jsonPath("$.detail").value(containsString("was held")));
	}

	// Registrations by volunteers, audit trail, erasure

	@Test
	void aVolunteerRegisteringAnAddressAlreadyRegisteredGetsTheAnswerOfARegistration() throws Exception {
		ApiClient volunteer = this.staff.as(VOLUNTEER);
		String event = EVENTS + "/" + this.staff.record(EVENTS, event("Soirée discrète", future(), 10));
		String first = this.staff.record(event + "/registrations", registration("Alex", "alex@example.org"));

		MvcResult again = volunteer.post(event + "/registrations", registration("Alex D.", "ALEX@example.org"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andReturn();
		MvcResult fresh = volunteer.post(event + "/registrations", registration("Sam", "sam@example.org"))
			.andExpect(status().isCreated())
			.andReturn();

		assertThat(ApiClient.idOf(again)).isEqualTo(first);
		assertThat(again.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith("/registrations/" + first);
		assertThat(again.getResponse().getHeaderNames()).isEqualTo(fresh.getResponse().getHeaderNames());
		assertThat(JsonPath.<Map<String, Object>>read(again.getResponse().getContentAsString(), "$").keySet())
			.isEqualTo(JsonPath.<Map<String, Object>>read(fresh.getResponse().getContentAsString(), "$").keySet());
		this.staff.get(event)
			.andExpect(jsonPath("$.confirmed").value(2))
			.andExpect(jsonPath("$.registrations[*].name").value(contains("Alex", "Sam")));
	}

	@Test
	void theAuditTrailOfAnEventShowsWhoRecordedAndCancelledToStaffAndAdminOnly() throws Exception {
		ApiClient volunteer = this.staff.as(VOLUNTEER);
		String event = EVENTS + "/" + this.staff.record(EVENTS, event("Tracée", future(), 10));
		String registration = volunteer.record(event + "/registrations", registration("Alex", "alex@example.org"));
		this.staff.withdraw(event + "/registrations/" + registration).andExpect(status().isNoContent());

		this.staff.as(ADMIN)
			.get(event + "/audit")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[0].fact").value("EventScheduled"))
			.andExpect(jsonPath("$.entries[0].recordedBy").value("alice"))
			.andExpect(jsonPath("$.entries[1].fact").value("RegistrationReceived"))
			.andExpect(jsonPath("$.entries[1].id").value(registration))
			.andExpect(jsonPath("$.entries[1].recordedBy").value("victor"))
			.andExpect(jsonPath("$.entries[1].withdrawnBy").value("alice"))
			.andExpect(content().string(not(containsString("alex@example.org"))));
		this.staff.get(event).andExpect(jsonPath("$.recordedBy").value("alice"));
		volunteer.get(event).andExpect(jsonPath("$.recordedBy").doesNotExist());
		volunteer.get(event + "/audit").andExpect(status().isForbidden());
	}

	@Test
	void anAdminErasesARegistrantInPlaceAndTheCountsStay() throws Exception {
		ApiClient admin = this.staff.as(ADMIN);
		String event = EVENTS + "/" + this.staff.record(EVENTS, event("Effacement", future(), 10));
		String registration = this.staff.record(event + "/registrations",
				registration("Alex Martin", "alex.m@example.org"));
		String erasure = event + "/registrations/" + registration + "/personal-data-erasure";

		admin.perform(MockMvcRequestBuilders.post(erasure)).andExpect(status().isNoContent());

		admin.get(event)
			.andExpect(jsonPath("$.confirmed").value(1))
			.andExpect(jsonPath("$.registrations[0].id").value(registration))
			.andExpect(jsonPath("$.registrations[0].status").value("CONFIRMED"))
			.andExpect(content().string(not(containsString("Alex Martin"))))
			.andExpect(content().string(not(containsString("alex.m@example.org"))));
		this.staff.get(event + "/audit")
			.andExpect(jsonPath("$.entries[-1].fact").value("PersonalDataErased"))
			.andExpect(jsonPath("$.entries[-1].recordedBy").value("ada"));
	}

	/** A start a week from now, so that registrations are open. */
	private String future() {
		return Instant.now(this.clock).plus(Duration.ofDays(7)).toString();
	}

	private static String event(String title, String startsAt, Integer capacity) {
		return """
				{"title": "%s", "kind": "CLUB_EVENING", "startsAt": "%s"%s}
				""".formatted(title, startsAt, (capacity != null) ? ", \"capacity\": " + capacity : "");
	}

	private static String registration(String name, String email) {
		return """
				{"name": "%s", "email": "%s"}
				""".formatted(name, email);
	}

}
