package fr.pes21.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway of {@link TheSuite} as a client of the API sees it: tokens, requests,
 * answers, the figures of a year.
 */
final class GatewayApi {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private GatewayApi() {
	}

	static String token() throws IOException, InterruptedException {
		return token("admin", TheSuite.ADMIN_PASSWORD);
	}

	static String token(String username, String password) throws IOException, InterruptedException {
		HttpResponse<String> response = send(
				request("/auth/token").POST(json(Map.of("username", username, "password", password))));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body()).path("access_token").asString();
	}

	/** The id of a recorded fact, after checking it was recorded. */
	static String id(HttpResponse<String> created) {
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return JSON.readTree(created.body()).path("id").asString();
	}

	static void awaitIndicators(String token, int year, Map<String, Long> expected) {
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
			HttpResponse<String> response = send(authorized(request("/api/reports/years/" + year), token).GET());
			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode indicators = JSON.readTree(response.body()).path("indicators");
			expected.forEach((key, value) -> assertThat(indicator(indicators, key)).as(key).isEqualTo(value));
		});
	}

	static long indicator(JsonNode indicators, String key) {
		JsonNode value = indicators.get(key);
		return (value != null && value.isNumber()) ? value.longValue() : -1;
	}

	static HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(TheSuite.gatewayUrl() + path))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json");
	}

	static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
		return request.header("Authorization", "Bearer " + token);
	}

	static HttpRequest.BodyPublisher json(Object body) {
		return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
	}

	static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
