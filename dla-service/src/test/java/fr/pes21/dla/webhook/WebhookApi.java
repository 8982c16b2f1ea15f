package fr.pes21.dla.webhook;

import java.util.List;
import java.util.Map;

import fr.pes21.testsupport.TestTokens;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhook API as an administrator uses it, for the tests. */
final class WebhookApi {

	static final String ADMIN = TestTokens.bearer("dla-admin", "ADMIN");

	private static final JsonMapper json = JsonMapper.builder().build();

	private final MockMvcTester mvc;

	WebhookApi(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	/** Subscribes a receiver; answers the created subscription, secret included. */
	Map<String, Object> subscribe(String url) {
		MvcTestResult result = this.mvc.post()
			.uri("/api/dla/webhooks")
			.header(HttpHeaders.AUTHORIZATION, ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\": \"" + url + "\", \"description\": \"Réseau régional DLA (test)\"}")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return read(result);
	}

	Map<String, Object> subscription(String id) {
		MvcTestResult result = this.mvc.get()
			.uri("/api/dla/webhooks/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, ADMIN)
			.exchange();
		assertThat(result).hasStatusOk();
		return read(result);
	}

	/** The deliveries of a subscription, up to 200. */
	List<Map<String, Object>> deliveries(String subscriptionId) {
		MvcTestResult result = this.mvc.get()
			.uri("/api/dla/webhooks/{id}/deliveries?size=200", subscriptionId)
			.header(HttpHeaders.AUTHORIZATION, ADMIN)
			.exchange();
		assertThat(result).hasStatusOk();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> items = (List<Map<String, Object>>) read(result).get("items");
		return items;
	}

	/** The delivery of one event to a subscription, or {@code null}. */
	Map<String, Object> delivery(String subscriptionId, String eventId) {
		return deliveries(subscriptionId).stream()
			.filter((delivery) -> eventId.equals(delivery.get("eventId")))
			.findFirst()
			.orElse(null);
	}

	MvcTestResult retry(String subscriptionId, String deliveryId) {
		return this.mvc.post()
			.uri("/api/dla/webhooks/{id}/deliveries/{deliveryId}/retry", subscriptionId, deliveryId)
			.header(HttpHeaders.AUTHORIZATION, ADMIN)
			.exchange();
	}

	/** Stops a subscription, so that it receives nothing from later tests. */
	void stop(String id) {
		assertThat(this.mvc.delete().uri("/api/dla/webhooks/{id}", id).header(HttpHeaders.AUTHORIZATION, ADMIN))
			.hasStatus(HttpStatus.NO_CONTENT);
	}

	static Map<String, Object> read(MvcTestResult result) {
		return read(result.getResponse().getContentAsByteArray());
	}

	static Map<String, Object> read(byte[] body) {
		return json.readValue(body, new TypeReference<>() {
		});
	}

	static Map<String, Object> read(String body) {
		return json.readValue(body, new TypeReference<>() {
		});
	}

}
