package fr.pes21.platform;

import fr.pes21.platform.sample.NoteRepository;
import fr.pes21.platform.sample.SampleApplication;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WithRealInfrastructure
@SpringBootTest(classes = SampleApplication.class)
@AutoConfigureMockMvc
class IdempotencyIntegrationTests {

	static final String BODY = "{\"title\":\"once\",\"firstMeeting\":\"2024-03-04\"}";

	@Autowired
	MockMvc mvc;

	@Autowired
	NoteRepository notes;

	@Autowired
	MongoTemplate mongo;

	@Test
	void theSameKeyWithTheSameBodyAnswersTheFirstAnswerAndRecordsNothingNew() throws Exception {
		long before = this.notes.count();
		String first = send("key-1", BODY, "sam").andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.LOCATION);

		send("key-1", BODY, "sam").andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, first))
			.andExpect(jsonPath("$.id").value(first.substring(first.lastIndexOf('/') + 1)));

		assertThat(this.notes.count()).isEqualTo(before + 1);
	}

	@Test
	void theSameKeyWithAnotherBodyIsAConflict() throws Exception {
		send("key-2", BODY, "sam").andExpect(status().isCreated());

		send("key-2", BODY.replace("once", "twice"), "sam").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:idempotency-key-reused"));
	}

	@Test
	void aRefusedRequestDoesNotUseUpItsKey() throws Exception {
		send("key-3", "{\"title\":\"\"}", "sam").andExpect(status().isBadRequest());

		send("key-3", BODY, "sam").andExpect(status().isCreated());
	}

	@Test
	void keysBelongToTheirUser() throws Exception {
		String first = send("key-4", BODY, "sam").andReturn().getResponse().getHeader(HttpHeaders.LOCATION);

		String other = send("key-4", BODY, "lea").andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.LOCATION);

		assertThat(other).isNotEqualTo(first);
	}

	@Test
	void anAnswerShowingASecretIsNeitherKeptNorReplayed() throws Exception {
		long before = this.notes.count();
		MockHttpServletResponse first = send("/api/shared-notes", "key-5", BODY, "sam").andExpect(status().isCreated())
			.andReturn()
			.getResponse();
		String secret = JsonPath.read(first.getContentAsString(), "$.secret");

		send("/api/shared-notes", "key-5", BODY, "sam").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:pes21:problem:idempotency-answer-not-kept"))
			.andExpect(header().string(HttpHeaders.LOCATION, first.getHeader(HttpHeaders.LOCATION)))
			.andExpect(content().string(not(containsString(secret))));

		assertThat(this.notes.count()).isEqualTo(before + 1);
		assertThat(this.mongo.findAll(Document.class, "idempotency_keys")).map(Document::toJson)
			.isNotEmpty()
			.noneMatch((record) -> record.contains(secret));
	}

	private ResultActions send(String key, String body, String user) throws Exception {
		return send("/api/notes", key, body, user);
	}

	private ResultActions send(String path, String key, String body, String user) throws Exception {
		return this.mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(user, "STAFF"))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
