package fr.pes21.accompaniment.project;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import fr.pes21.testsupport.ApiClient;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The accompaniment API through HTTP on real MongoDB and Kafka: what is recorded, read
 * back and withdrawn. Bad input and the roles are {@link ProjectApiInputErrorsTests} and
 * {@link ProjectApiRolesTests} (web slices).
 */
@WithRealInfrastructure
@SpringBootTest
@AutoConfigureMockMvc
class ProjectApiIntegrationTests {

	private static final String PROJECTS = "/api/accompaniment/projects";

	private static final String STAFF = TestTokens.bearer("alice", "STAFF");

	private static final String ADMIN = TestTokens.bearer("admin", "ADMIN");

	private static final String VOLUNTEER = TestTokens.bearer("victor", "VOLUNTEER");

	private static final String READER = TestTokens.bearer("rita", "READER");

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectRepository projects;

	@Test
	void welcomingAProjectAnswers201WithItsLocationAndId() throws Exception {
		MvcResult result = this.mvc
			.perform(post(PROJECTS).header(HttpHeaders.AUTHORIZATION, STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content(project("La Boucle", "BENEFICE_CREA", "2024-03-04")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isString())
			.andReturn();

		String id = JsonPath.read(result.getResponse().getContentAsString(), "$.id");
		assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith(PROJECTS + "/" + id);
		this.mvc.perform(get(PROJECTS + "/" + id).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("La Boucle"))
			.andExpect(jsonPath("$.programme").value("BENEFICE_CREA"))
			.andExpect(jsonPath("$.welcomedOn").value("2024-03-04"))
			.andExpect(jsonPath("$.commune").value("Sombernon"))
			.andExpect(jsonPath("$.meetings", hasSize(0)));
	}

	@Test
	void aVolunteerRecordsAMeetingAndAReaderReadsIt() throws Exception {
		String id = welcome("Tache Papier", "EMERGENCE", "2024-01-15");

		MvcResult meeting = this.mvc
			.perform(post(PROJECTS + "/" + id + "/meetings")
				.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("victor", "VOLUNTEER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"date": "2024-02-01", "kind": "SITE_VISIT"}
						"""))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION,
					startsWith("http://localhost" + PROJECTS + "/" + id + "/meetings/")))
			.andReturn();

		this.mvc
			.perform(get(meeting.getResponse().getHeader(HttpHeaders.LOCATION)).header(HttpHeaders.AUTHORIZATION,
					TestTokens.bearer("rita", "READER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(ApiClient.idOf(meeting)))
			.andExpect(jsonPath("$.date").value("2024-02-01"))
			.andExpect(jsonPath("$.kind").value("SITE_VISIT"));
	}

	@Test
	void theHoldersAreHiddenFromAReaderAndAVolunteer() throws Exception {
		String id = welcome("La Boucle", "BENEFICE_CREA", "2024-03-04");

		for (String role : new String[] { "READER", "VOLUNTEER" }) {
			this.mvc
				.perform(get(PROJECTS + "/" + id).header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("someone", role)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.name").value("La Boucle"))
				.andExpect(jsonPath("$.holders").doesNotExist())
				.andExpect(content().string(not(containsString("Durand"))));
		}
	}

	@Test
	void theHoldersAreShownToStaffAndAdmin() throws Exception {
		String id = welcome("La Boucle", "BENEFICE_CREA", "2024-03-04");

		for (String role : new String[] { "STAFF", "ADMIN" }) {
			this.mvc
				.perform(get(PROJECTS + "/" + id).header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("someone", role)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.holders", hasSize(1)))
				.andExpect(jsonPath("$.holders[0].firstName").value("Camille"))
				.andExpect(jsonPath("$.holders[0].lastName").value("Durand"))
				.andExpect(jsonPath("$.holders[0].email").value("camille.durand@example.org"));
		}
	}

	@Test
	void theSameIdempotencyKeyTwiceAnswersTheSameIdAndRecordsOneProject() throws Exception {
		String name = "Idempotent " + UUID.randomUUID();
		String key = UUID.randomUUID().toString();

		MvcResult first = this.mvc
			.perform(post(PROJECTS).header(HttpHeaders.AUTHORIZATION, STAFF)
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(project(name, "CRDVA", "2024-05-06")))
			.andExpect(status().isCreated())
			.andReturn();
		MvcResult second = this.mvc
			.perform(post(PROJECTS).header(HttpHeaders.AUTHORIZATION, STAFF)
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(project(name, "CRDVA", "2024-05-06")))
			.andExpect(status().isCreated())
			.andReturn();

		assertThat(ApiClient.idOf(second)).isEqualTo(ApiClient.idOf(first));
		assertThat(second.getResponse().getHeader(HttpHeaders.LOCATION))
			.isEqualTo(first.getResponse().getHeader(HttpHeaders.LOCATION));
		assertThat(this.projects.findAll().stream().filter((project) -> name.equals(project.name()))).hasSize(1);
	}

	@Test
	void theProjectShowsItsCreationReviewsAndClosure() throws Exception {
		String id = welcome("La Boucle", "BENEFICE_CREA", "2024-03-04");
		String creationId = record(id, "creation", """
				{"date": "2024-06-01", "legalForm": "SCIC", "jobsCreated": 2}
				""");
		String reviewId = record(id, "post-creation-reviews", """
				{"date": "2024-11-15", "notes": "All good"}
				""");
		String closureId = record(id, "closure", """
				{"date": "2024-12-01", "outcome": "CREATED"}
				""");

		this.mvc.perform(get(PROJECTS + "/" + id).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.creation.id").value(creationId))
			.andExpect(jsonPath("$.creation.jobsCreated").value(2))
			.andExpect(jsonPath("$.postCreationReviews[0].id").value(reviewId))
			.andExpect(jsonPath("$.postCreationReviews[0].notes").value("All good"))
			.andExpect(jsonPath("$.closure.id").value(closureId))
			.andExpect(jsonPath("$.closure.outcome").value("CREATED"));
		this.mvc.perform(get(PROJECTS + "/" + id + "/closure").header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2024-12-01"));
		this.mvc
			.perform(post(PROJECTS + "/" + id + "/meetings").header(HttpHeaders.AUTHORIZATION, STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"date": "2024-12-05", "kind": "FOLLOW_UP"}
						"""))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void withdrawingAFactAnswers204AndThenItIsGone() throws Exception {
		String id = welcome("La Boucle", "BENEFICE_CREA", "2024-03-04");
		String meetingId = record(id, "meetings", """
				{"date": "2024-04-02", "kind": "FOLLOW_UP"}
				""");
		String meeting = PROJECTS + "/" + id + "/meetings/" + meetingId;

		this.mvc.perform(delete(meeting).header(HttpHeaders.AUTHORIZATION, STAFF)).andExpect(status().isNoContent());

		this.mvc.perform(get(meeting).header(HttpHeaders.AUTHORIZATION, STAFF)).andExpect(status().isNotFound());
		this.mvc.perform(delete(meeting).header(HttpHeaders.AUTHORIZATION, STAFF)).andExpect(status().isNotFound());
		this.mvc.perform(get(PROJECTS + "/" + id).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(jsonPath("$.meetings", hasSize(0)));
	}

	@Test
	void withdrawingTheProjectAnswers204AndThenTheProjectIs404() throws Exception {
		String id = welcome("Entered by mistake " + UUID.randomUUID(), "OTHER", "2024-03-04");
		record(id, "meetings", """
				{"date": "2024-04-02", "kind": "INTAKE"}
				""");

		this.mvc.perform(delete(PROJECTS + "/" + id).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(status().isNoContent());

		this.mvc.perform(get(PROJECTS + "/" + id).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(status().isNotFound());
		this.mvc.perform(delete(PROJECTS + "/" + id).header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(status().isNotFound());
		this.mvc.perform(
				get(PROJECTS).param("programme", "OTHER").param("size", "200").header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").isEmpty());
	}

	@Test
	void theAuditTrailKeepsWhoRecordedAndWithdrewEachFactForStaffAndAdminOnly() throws Exception {
		ApiClient staff = ApiClient.of(this.mvc, STAFF);
		ApiClient volunteer = staff.as(VOLUNTEER);
		String id = welcome("La Boucle", "BENEFICE_CREA", "2024-03-04");
		String meetingId = volunteer.record(PROJECTS + "/" + id + "/meetings", """
				{"date": "2024-04-02", "kind": "FOLLOW_UP", "notes": "Camille hesitates"}
				""");
		String meeting = PROJECTS + "/" + id + "/meetings/" + meetingId;
		staff.get(meeting)
			.andExpect(jsonPath("$.recordedBy").value("victor"))
			.andExpect(jsonPath("$.recordedAt").isString());
		volunteer.get(meeting).andExpect(jsonPath("$.recordedBy").doesNotExist());
		staff.withdraw(meeting).andExpect(status().isNoContent());

		staff.as(ADMIN)
			.get(PROJECTS + "/" + id + "/audit")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[0].fact").value("ProjectWelcomed"))
			.andExpect(jsonPath("$.entries[0].recordedBy").value("alice"))
			.andExpect(jsonPath("$.entries[1].fact").value("AccompanimentMeetingHeld"))
			.andExpect(jsonPath("$.entries[1].id").value(meetingId))
			.andExpect(jsonPath("$.entries[1].recordedBy").value("victor"))
			.andExpect(jsonPath("$.entries[1].withdrawnBy").value("alice"))
			.andExpect(jsonPath("$.entries[1].withdrawnAt").isString())
			.andExpect(content().string(not(containsString("Camille hesitates"))));
		volunteer.get(PROJECTS + "/" + id + "/audit").andExpect(status().isForbidden());
		staff.as(READER).get(PROJECTS + "/" + id + "/audit").andExpect(status().isForbidden());
	}

	@Test
	void anAdminErasesTheHoldersPersonalDataInPlaceAndTheErasureIsAudited() throws Exception {
		ApiClient admin = ApiClient.of(this.mvc, ADMIN);
		String id = welcome("La Boucle", "BENEFICE_CREA", "2024-03-04");
		record(id, "meetings", """
				{"date": "2024-04-02", "kind": "FOLLOW_UP", "notes": "Camille hesitates"}
				""");

		admin.perform(post(PROJECTS + "/" + id + "/personal-data-erasure")).andExpect(status().isNoContent());

		admin.get(PROJECTS + "/" + id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.holders", hasSize(0)))
			.andExpect(jsonPath("$.meetings", hasSize(1)))
			.andExpect(jsonPath("$.meetings[0].notes").doesNotExist())
			.andExpect(content().string(not(containsString("Camille"))))
			.andExpect(content().string(not(containsString("Durand"))));
		admin.as(STAFF)
			.get(PROJECTS + "/" + id + "/audit")
			.andExpect(jsonPath("$.entries[-1].fact").value("PersonalDataErased"))
			.andExpect(jsonPath("$.entries[-1].recordedBy").value("admin"));
		admin.perform(post(PROJECTS + "/" + UUID.randomUUID() + "/personal-data-erasure"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aHugePageIsA400AndNeverA500() throws Exception {
		ApiClient.of(this.mvc, STAFF)
			.perform(get(PROJECTS).param("page", "2147483647"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
	}

	@Test
	void theListIsPagedFilteredByProgrammeAndLatestWelcomedFirst() throws Exception {
		String older = welcome("Older", "EMERGENCE", "2023-01-10");
		String newer = welcome("Newer", "EMERGENCE", "2025-12-31");
		welcome("Other programme", "CRDVA", "2025-12-31");

		MvcResult page = this.mvc
			.perform(get(PROJECTS).param("programme", "EMERGENCE")
				.param("page", "0")
				.param("size", "200")
				.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("rita", "READER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(200))
			.andExpect(jsonPath("$.items[*].programme").value(everyItem(is("EMERGENCE"))))
			.andExpect(jsonPath("$.items[*].holders").isEmpty())
			.andReturn();

		List<String> ids = JsonPath.read(page.getResponse().getContentAsString(), "$.items[*].id");
		assertThat(ids).containsSubsequence(newer, older);
		int total = JsonPath.read(page.getResponse().getContentAsString(), "$.total");
		assertThat(total).isEqualTo(ids.size());
	}

	@Test
	void theListIsSearchedByNameAndCommuneIgnoringCaseAndAccents() throws Exception {
		String marker = "m" + UUID.randomUUID().toString().substring(0, 8);
		String grocery = welcome("Épicerie solidaire " + marker, "BENEFICE_CREA", "2024-02-06", "Sombernon", "Camille",
				"Durand");
		String garage = welcome("Garage solidaire " + marker, "BENEFICE_CREA", "2024-02-07", "Dijon", "Léa", "Martin");

		assertThat(search("name", "EPICERIE " + marker, TestTokens.bearer("rita", "READER"))).containsExactly(grocery);
		assertThat(search("name", "solidaire " + marker, STAFF)).containsExactly(garage, grocery);
		assertThat(search("name", marker + " sombernon", STAFF)).isEmpty();
		ApiClient.of(this.mvc, TestTokens.bearer("vic", "VOLUNTEER"))
			.perform(get(PROJECTS).param("name", marker).param("commune", "sombernon"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(grocery))
			.andExpect(jsonPath("$.items[0].holders").doesNotExist());
	}

	@Test
	void staffFindsAProjectByAnyWordOfAHoldersNameIgnoringAccents() throws Exception {
		String lastName = "Hélène" + UUID.randomUUID().toString().substring(0, 8);
		String project = welcome("Recyclerie de l'Ouche", "CRDVA", "2024-05-02", "Sombernon", "Zoé", lastName);

		assertThat(search("holder", "zoe " + lastName.replace("é", "e").toUpperCase(), STAFF)).containsExactly(project);
		assertThat(search("holder", lastName, TestTokens.bearer("ada", "ADMIN"))).containsExactly(project);
		assertThat(search("holder", "Camille " + lastName, STAFF)).isEmpty();
	}

	@Test
	void aReaderOrAVolunteerCannotSearchByHolder() throws Exception {
		for (String role : List.of("READER", "VOLUNTEER")) {
			ApiClient.of(this.mvc, TestTokens.bearer("someone", role))
				.perform(get(PROJECTS).param("holder", "Durand"))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.type").value("urn:pes21:problem:forbidden"));
		}
	}

	@Test
	void searchWordsAreTakenLiterallyAndBoundedInLength() throws Exception {
		String marker = "m" + UUID.randomUUID().toString().substring(0, 8);
		String project = welcome("Café (test) " + marker + ".*", "OTHER", "2024-01-15", "Dijon", "Ana", "Roy");

		assertThat(search("name", "(test) " + marker + ".*", STAFF)).containsExactly(project);
		assertThat(search("name", marker + ".+", STAFF)).isEmpty();
		ApiClient.of(this.mvc, STAFF)
			.perform(get(PROJECTS).param("commune", "x".repeat(101)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("commune"));
	}

	@Test
	void aPageSizeOutOfBoundsIsA400() throws Exception {
		ApiClient.of(this.mvc, STAFF)
			.perform(get(PROJECTS).param("size", "500"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	private String welcome(String name, String programme, String welcomedOn) throws Exception {
		return ApiClient.of(this.mvc, STAFF).record(PROJECTS, project(name, programme, welcomedOn));
	}

	private String welcome(String name, String programme, String welcomedOn, String commune, String firstName,
			String lastName) throws Exception {
		String body = """
				{"name": "%s", "programme": "%s", "welcomedOn": "%s", "commune": "%s",
				 "holders": [{"firstName": "%s", "lastName": "%s"}]}
				""".formatted(name, programme, welcomedOn, commune, firstName, lastName);
		return ApiClient.of(this.mvc, STAFF).record(PROJECTS, body);
	}

	/** The ids found by one search parameter, in the list's order. */
	private List<String> search(String parameter, String value, String token) throws Exception {
		MvcResult page = ApiClient.of(this.mvc, token)
			.perform(get(PROJECTS).param(parameter, value).param("size", "200"))
			.andExpect(status().isOk())
			.andReturn();
		return JsonPath.read(page.getResponse().getContentAsString(), "$.items[*].id");
	}

	private String record(String projectId, String fact, String body) throws Exception {
		return ApiClient.of(this.mvc, STAFF).record(PROJECTS + "/" + projectId + "/" + fact, body);
	}

	private static String project(String name, String programme, String welcomedOn) {
		return """
				{"name": "%s", "programme": "%s", "welcomedOn": "%s", "commune": "Sombernon", "sector": "recyclerie",
				 "holders": [{"firstName": "Camille", "lastName": "Durand", "email": "camille.durand@example.org",
				              "phone": "06 12 34 56 78"}]}
				""".formatted(name, programme, welcomedOn);
	}

}
