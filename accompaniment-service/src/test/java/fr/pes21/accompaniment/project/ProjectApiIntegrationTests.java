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

	private String welcome(String name, String programme, String welcomedOn) throws Exception {
		return ApiClient.of(this.mvc, STAFF).record(PROJECTS, project(name, programme, welcomedOn));
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
