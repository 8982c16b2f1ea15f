package fr.pes21.dla.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import fr.pes21.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The subscriptions API: administrators only, secrets shown once, the SSRF guard. */
@WebhookIntegrationTest
class WebhookApiIntegrationTests {

	private static final String WEBHOOKS = "/api/dla/webhooks";

	private static final String RECEIVER = "http://127.0.0.1:9/dla-facts";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void creatingASubscriptionAnswers201WithItsSecretShownThisOnceOnly() {
		WebhookApi api = new WebhookApi(this.mvc);
		MvcTestResult result = create("{\"url\": \"" + RECEIVER + "\", \"description\": \"Réseau DLA BFC\"}");

		assertThat(result).hasStatus(HttpStatus.CREATED);
		Map<String, Object> created = WebhookApi.read(result);
		String id = (String) created.get("id");
		String secret = (String) created.get("secret");
		assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith(WEBHOOKS + "/" + id);
		assertThat(created).containsEntry("url", RECEIVER).containsEntry("description", "Réseau DLA BFC");
		assertThat(secret).matches("whsec_[A-Za-z0-9+/]{43}=");
		assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSize(32);
		Map<String, Object> shown = api.subscription(id);
		assertThat(shown).containsEntry("status", "ACTIVE").containsEntry("url", RECEIVER).doesNotContainKey("secret");
		assertThat(list()).doesNotContain(secret.substring("whsec_".length()));
		api.stop(id);
	}

	@Test
	void theDatabaseKeepsTheSecretSealed() {
		Map<String, Object> created = WebhookApi.read(create("{\"url\": \"" + RECEIVER + "\"}"));
		String secret = ((String) created.get("secret")).substring("whsec_".length());

		Document stored = this.mongo.findById(created.get("id"), Document.class, "webhook_subscriptions");

		assertThat(stored).isNotNull();
		assertThat(stored.getString("storedSecret")).startsWith("aes-gcm:");
		assertThat(stored.toJson()).doesNotContain(secret);
		new WebhookApi(this.mvc).stop((String) created.get("id"));
	}

	@Test
	void onlyAnAdministratorManagesSubscriptions() {
		String body = "{\"url\": \"" + RECEIVER + "\"}";

		assertThat(this.mvc.post()
			.uri(WEBHOOKS)
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("sam", "STAFF"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).hasStatus(HttpStatus.FORBIDDEN)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri(WEBHOOKS).header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("rita", "READER")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri(WEBHOOKS)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@ParameterizedTest(name = "refuses {0}")
	@ValueSource(strings = { "http://localhost:8082/api/dla/structures", "http://10.0.0.8/hook",
			"http://172.16.3.4/hook", "http://192.168.1.20/hook", "http://169.254.169.254/latest/meta-data/",
			"http://100.64.0.1/hook", "http://0.0.0.0:8082/hook", "http://[::1]:8082/hook", "http://[fd00:ec2::254]/",
			"http://[::ffff:10.0.0.8]/hook" })
	void refusesAReceiverInsideTheNetworkWithA400Problem(String url) {
		MvcTestResult result = create("{\"url\": \"" + url + "\"}");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(errors(result)).singleElement()
			.satisfies((error) -> assertThat(error).containsEntry("field", "url"));
	}

	@ParameterizedTest(name = "refuses {0}")
	@ValueSource(strings = { "ftp://127.0.0.1/dla-facts", "not a url", "/api/dla/webhooks", "mailto:dla@example.org",
			"http://admin:secret@127.0.0.1/dla-facts", " " })
	void refusesWhatIsNotAPlainHttpUrlWithA400Problem(String url) {
		MvcTestResult result = create("{\"url\": \"" + url + "\"}");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(errors(result)).extracting((error) -> error.get("field")).contains("url");
	}

	@Test
	void aBodyWithoutUrlIsA400Problem() {
		MvcTestResult result = create("{\"description\": \"no url\"}");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(errors(result)).extracting((error) -> error.get("field")).containsExactly("url");
	}

	@Test
	void aStoppedSubscriptionIsNoLongerShown() {
		WebhookApi api = new WebhookApi(this.mvc);
		String id = (String) api.subscribe(RECEIVER).get("id");

		api.stop(id);

		assertThat(this.mvc.get().uri(WEBHOOKS + "/{id}", id).header(HttpHeaders.AUTHORIZATION, WebhookApi.ADMIN))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(list()).doesNotContain(id);
		assertThat(this.mvc.delete().uri(WEBHOOKS + "/{id}", id).header(HttpHeaders.AUTHORIZATION, WebhookApi.ADMIN))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anUnknownSubscriptionOrDeliveryIsA404Problem() {
		WebhookApi api = new WebhookApi(this.mvc);
		String id = (String) api.subscribe(RECEIVER).get("id");

		assertThat(this.mvc.get()
			.uri(WEBHOOKS + "/{id}/deliveries", "no-such-subscription")
			.header(HttpHeaders.AUTHORIZATION, WebhookApi.ADMIN)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(api.retry(id, "no-such-delivery")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(api.deliveries(id)).isEmpty();
		api.stop(id);
	}

	private MvcTestResult create(String body) {
		return this.mvc.post()
			.uri(WEBHOOKS)
			.header(HttpHeaders.AUTHORIZATION, WebhookApi.ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private String list() {
		MvcTestResult result = this.mvc.get()
			.uri(WEBHOOKS + "?size=200")
			.header(HttpHeaders.AUTHORIZATION, WebhookApi.ADMIN)
			.exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> errors(MvcTestResult result) {
		return (List<Map<String, Object>>) WebhookApi.read(result).get("errors");
	}

}
