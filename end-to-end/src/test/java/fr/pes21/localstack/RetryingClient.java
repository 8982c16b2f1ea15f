package fr.pes21.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * A careful client of the gateway: every {@code POST} carries an Idempotency-Key, and a
 * call that fails for a reason a retry can cure (no connection, a 5xx, the key still in
 * progress, a concurrent change) is sent again, the same, until it is answered
 * {@code 201}; any other answer ends it. It remembers when each {@code 201} came, to tell
 * how long after a fault the suite answered again.
 */
final class RetryingClient {

	/** Answers worth sending the same request again for. */
	private static final Set<Integer> RETRYABLE = Set.of(409, 429, 500, 502, 503, 504);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final String gatewayUrl;

	private final String adminPassword;

	private final AtomicReference<String> token = new AtomicReference<>();

	/** When each request answered 201 was sent, and when its answer came. */
	private final ConcurrentLinkedQueue<Exchange> created = new ConcurrentLinkedQueue<>();

	private record Exchange(Instant sent, Instant answered) {
	}

	RetryingClient(String gatewayUrl, String adminPassword) {
		this.gatewayUrl = gatewayUrl;
		this.adminPassword = adminPassword;
	}

	/** The answer's body once it is {@code 201}; fails on an answer no retry cures. */
	JsonNode record(String path, String idempotencyKey, Map<String, Object> body) {
		String json = JSON.writeValueAsString(body);
		AtomicReference<Instant> sent = new AtomicReference<>();
		HttpResponse<String> response = untilAnswered(Duration.ofMinutes(6), sent,
				() -> HttpRequest.newBuilder(URI.create(this.gatewayUrl + path))
					.timeout(Duration.ofSeconds(40))
					.header("Content-Type", "application/json")
					.header("Idempotency-Key", idempotencyKey)
					.POST(HttpRequest.BodyPublishers.ofString(json)));
		if (response.statusCode() != 201) {
			throw new AssertionError("POST " + path + " (Idempotency-Key " + idempotencyKey + ") answered "
					+ response.statusCode() + ": " + response.body());
		}
		this.created.add(new Exchange(sent.get(), Instant.now()));
		return JSON.readTree(response.body());
	}

	/** The body of a {@code GET} once it answers 200 (retrying what a retry cures). */
	JsonNode read(String path) {
		HttpResponse<String> response = untilAnswered(Duration.ofMinutes(3), new AtomicReference<>(),
				() -> HttpRequest.newBuilder(URI.create(this.gatewayUrl + path))
					.timeout(Duration.ofSeconds(20))
					.header("Accept", "application/json")
					.GET());
		if (response.statusCode() != 200) {
			throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}

	/**
	 * Sends the request (with the admin's token) again and again until it gets an answer
	 * no retry would change; that answer. {@code sent}: when the last try was sent.
	 */
	private HttpResponse<String> untilAnswered(Duration atMost, AtomicReference<Instant> sent,
			Supplier<HttpRequest.Builder> request) {
		AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();
		await().atMost(atMost).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250)).until(() -> {
			Optional<String> bearer = token();
			if (bearer.isEmpty()) {
				return false;
			}
			sent.set(Instant.now());
			Optional<HttpResponse<String>> response = send(
					request.get().header("Authorization", "Bearer " + bearer.get()));
			if (response.isEmpty() || RETRYABLE.contains(response.get().statusCode())) {
				return false;
			}
			if (response.get().statusCode() == 401) {
				this.token.set(null);
				return false;
			}
			answer.set(response.get());
			return true;
		});
		return answer.get();
	}

	/**
	 * When the first {@code 201} to a request sent after {@code instant} came, if any
	 * yet: how long the suite took to record again after a fault (a request already in
	 * the store's hands before it may be answered sooner).
	 */
	Optional<Instant> firstCreatedForARequestSentAfter(Instant instant) {
		return List.copyOf(this.created)
			.stream()
			.filter((exchange) -> exchange.sent().isAfter(instant))
			.map(Exchange::answered)
			.min(Instant::compareTo);
	}

	/** A token of the admin, or empty while the gateway does not give one. */
	private Optional<String> token() throws InterruptedException {
		String current = this.token.get();
		if (current != null) {
			return Optional.of(current);
		}
		Optional<HttpResponse<String>> response = send(
				HttpRequest.newBuilder(URI.create(this.gatewayUrl + "/auth/token"))
					.timeout(Duration.ofSeconds(20))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(
							JSON.writeValueAsString(Map.of("username", "admin", "password", this.adminPassword)))));
		if (response.isEmpty() || response.get().statusCode() != 200) {
			return Optional.empty();
		}
		String fresh = JSON.readTree(response.get().body()).path("access_token").asString();
		this.token.set(fresh);
		return Optional.of(fresh);
	}

	private static Optional<HttpResponse<String>> send(HttpRequest.Builder request) throws InterruptedException {
		try {
			return Optional.of(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

}
