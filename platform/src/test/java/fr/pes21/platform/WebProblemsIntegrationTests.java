package fr.pes21.platform;

import java.time.Instant;
import java.util.Map;

import fr.pes21.platform.sample.SampleApplication;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WithRealInfrastructure
@SpringBootTest(classes = SampleApplication.class, properties = "pes21.max-request-size=2KB")
@AutoConfigureMockMvc
class WebProblemsIntegrationTests {

	static final String STAFF = TestTokens.bearer("sam", "STAFF");

	@Autowired
	MockMvc mvc;

	@Test
	void createsWithLocationAndId() throws Exception {
		this.mvc
			.perform(post("/api/notes").header(HttpHeaders.AUTHORIZATION, STAFF)
				.header("X-Forwarded-Host", "pes21.example.org")
				.header("X-Forwarded-Proto", "https")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"first\",\"firstMeeting\":\"2024-03-04\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, startsWith("https://pes21.example.org/api/notes/")))
			.andExpect(jsonPath("$.id").isNotEmpty());
	}

	@Test
	void answersAValidationProblemWithTheFieldsInError() throws Exception {
		this.mvc
			.perform(post("/api/notes").header(HttpHeaders.AUTHORIZATION, STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:validation"))
			.andExpect(jsonPath("$.title").value("Invalid request"))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[?(@.field == 'title')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'firstMeeting')]").exists());
	}

	@Test
	void answersMalformedJsonWith400() throws Exception {
		this.mvc
			.perform(post("/api/notes").header(HttpHeaders.AUTHORIZATION, STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"oops\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:malformed-body"));
	}

	@Test
	void answersADateThatDoesNotExistWith400NamingTheField() throws Exception {
		this.mvc
			.perform(post("/api/notes").header(HttpHeaders.AUTHORIZATION, STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"leap\",\"firstMeeting\":\"2023-02-29\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("firstMeeting"));
	}

	@Test
	void answersAnUnknownIdWith404() throws Exception {
		this.mvc.perform(get("/api/notes/nope").header(HttpHeaders.AUTHORIZATION, STAFF))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:not-found"))
			.andExpect(jsonPath("$.detail").value("No note with id 'nope'"));
	}

	@Test
	void answersARuleViolationWith422() throws Exception {
		this.mvc
			.perform(post("/api/notes").header(HttpHeaders.AUTHORIZATION, STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"old\",\"firstMeeting\":\"1999-12-31\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("A meeting cannot be dated before 2000"));
	}

	@Test
	void answersAConcurrentChangeWith409() throws Exception {
		String id = create("contended");

		this.mvc
			.perform(post("/api/notes/" + id + "/meetings").header(HttpHeaders.AUTHORIZATION, STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"date\":\"2024-05-02\",\"expectedVersion\":-1}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:concurrent-change"));
	}

	@Test
	void answersAnOversizedBodyWith413WhetherDeclaredOrStreamed() throws Exception {
		String big = "{\"title\":\"" + "x".repeat(4096) + "\",\"firstMeeting\":\"2024-03-04\"}";

		this.mvc
			.perform(post("/api/notes").header(HttpHeaders.AUTHORIZATION, STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content(big))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:payload-too-large"));
	}

	@Test
	void answersAnonymousCallsWith401ProblemAndBearerChallenge() throws Exception {
		this.mvc.perform(get("/api/notes/any"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:unauthenticated"));
	}

	@Test
	void refusesAnExpiredOrForeignTokenWith401() throws Exception {
		String expired = "Bearer " + TestTokens.token("sam", Instant.now().minusSeconds(3600), "STAFF");

		this.mvc.perform(get("/api/notes/any").header(HttpHeaders.AUTHORIZATION, expired))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/notes/any").header(HttpHeaders.AUTHORIZATION, "Bearer not.a.jwt"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void letsAReaderReadButNotRecord() throws Exception {
		String reader = TestTokens.bearer("rita", "READER");
		String id = create("readable");

		this.mvc.perform(get("/api/notes/" + id).header(HttpHeaders.AUTHORIZATION, reader)).andExpect(status().isOk());
		this.mvc
			.perform(post("/api/notes").header(HttpHeaders.AUTHORIZATION, reader)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"no\",\"firstMeeting\":\"2024-03-04\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:forbidden"));
	}

	@Test
	void echoesTheCorrelationIdOrCreatesOne() throws Exception {
		this.mvc.perform(get("/api/notes/any").header("X-Correlation-Id", "abc-123"))
			.andExpect(header().string("X-Correlation-Id", "abc-123"));
		this.mvc.perform(get("/api/notes/any").header("X-Correlation-Id", "bad value\nwith newline"))
			.andExpect(header().string("X-Correlation-Id", org.hamcrest.Matchers.not(containsString("bad"))));
	}

	@Test
	void keepsEveryCorrelationIdTheGatewayKeeps() throws Exception {
		// The gateway keeps ids of up to 128 characters with colons (a trace id, say):
		// the
		// service must not replace them, or a request's log lines would carry two ids.
		String gateways = "web:" + "0123456789abcdef".repeat(7);
		this.mvc.perform(get("/api/notes/any").header("X-Correlation-Id", gateways))
			.andExpect(header().string("X-Correlation-Id", gateways));
	}

	@Test
	void isReadyOnlyWithMongoAndKafkaChecked() throws Exception {
		MvcResult result = this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andReturn();

		Map<String, Object> health = JsonMapper.builder()
			.build()
			.readValue(result.getResponse().getContentAsString(), Map.class);
		assertThat(health.get("status")).isEqualTo("UP");
		assertThat(((Map<?, ?>) health.get("components")).keySet()).map(Object::toString)
			.contains("mongoPing", "kafka", "readinessState");
	}

	private String create(String title) throws Exception {
		String location = this.mvc
			.perform(post("/api/notes").header(HttpHeaders.AUTHORIZATION, STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"" + title + "\",\"firstMeeting\":\"2024-03-04\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.LOCATION);
		return location.substring(location.lastIndexOf('/') + 1);
	}

}
