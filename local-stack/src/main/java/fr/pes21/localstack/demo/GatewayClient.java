package fr.pes21.localstack.demo;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one client of the gateway the demo loaders share: logs in as {@code admin}, sends
 * each {@code POST} with its {@code Idempotency-Key} and shows the problem when the API
 * refuses it, takes a {@code DELETE} answering {@code 404} as already withdrawn, and
 * counts what was recorded and withdrawn (for the summary, and to prove a second run
 * records nothing new).
 */
final class GatewayClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI gateway;

	private final String adminPassword;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private String token;

	private int recorded;

	private int replayed;

	private int withdrawn;

	private int alreadyWithdrawn;

	GatewayClient(URI gateway, String adminPassword) {
		this.gateway = gateway;
		this.adminPassword = adminPassword;
	}

	/** Logs in as {@code admin}: every later call carries the token. */
	void login() {
		HttpResponse<String> response = send("POST", "/auth/token",
				Map.of("username", "admin", "password", this.adminPassword), null, false);
		if (response.statusCode() == 401) {
			throw new DemoFailed("The gateway at " + this.gateway + " refused the password of admin: "
					+ DemoLoader.ADMIN_PASSWORD_VARIABLE + " must be the one the stack was started with.", 2);
		}
		if (response.statusCode() != 200) {
			throw unexpected("POST", "/auth/token", response);
		}
		this.token = JSON.readTree(response.body()).path("access_token").asString();
	}

	/**
	 * Records {@code body} at {@code path}; an answer replayed from an earlier run (same
	 * key) counts as recorded and replayed.
	 * @return the answer (an empty object when the answer has no body)
	 */
	JsonNode post(String path, Map<String, Object> body, String idempotencyKey) {
		HttpResponse<String> response = send("POST", path, body, idempotencyKey, true);
		if (response.statusCode() < 200 || response.statusCode() > 299) {
			throw unexpected("POST", path, response);
		}
		this.recorded++;
		if (response.headers().firstValue("Idempotent-Replayed").filter("true"::equals).isPresent()) {
			this.replayed++;
		}
		return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
	}

	/**
	 * Withdraws what is at {@code path}; {@code 404} means an earlier run withdrew it.
	 */
	void delete(String path) {
		HttpResponse<String> response = send("DELETE", path, null, null, true);
		if (response.statusCode() == 404) {
			this.alreadyWithdrawn++;
		}
		else if (response.statusCode() == 204) {
			this.withdrawn++;
		}
		else {
			throw unexpected("DELETE", path, response);
		}
	}

	URI gateway() {
		return this.gateway;
	}

	int recorded() {
		return this.recorded;
	}

	int replayed() {
		return this.replayed;
	}

	int withdrawn() {
		return this.withdrawn;
	}

	int alreadyWithdrawn() {
		return this.alreadyWithdrawn;
	}

	/** Every {@code DELETE} that succeeded, now or in an earlier run. */
	int withdrawals() {
		return this.withdrawn + this.alreadyWithdrawn;
	}

	private HttpResponse<String> send(String method, String path, Object body, String idempotencyKey,
			boolean authorized) {
		HttpResponse<String> response = exchange(method, path, body, idempotencyKey, authorized);
		if (response.statusCode() == 401 && authorized) {
			// the token expired during a long load: log in again, once
			login();
			response = exchange(method, path, body, idempotencyKey, true);
		}
		return response;
	}

	private HttpResponse<String> exchange(String method, String path, Object body, String idempotencyKey,
			boolean authorized) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.gateway.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json")
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))
					: HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		if (authorized) {
			request.header("Authorization", "Bearer " + this.token);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (ConnectException | HttpConnectTimeoutException ex) {
			throw new DemoFailed(
					"PES 21 is not running at " + this.gateway
							+ " (nothing answers there): start it with ./pes21 up --background, then run ./pes21 demo.",
					2);
		}
		catch (IOException ex) {
			throw new DemoFailed(method + " " + path + " failed: " + ex, 1);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DemoFailed("Interrupted during " + method + " " + path, 1);
		}
	}

	private DemoFailed unexpected(String method, String path, HttpResponse<String> response) {
		String detail = response.body();
		try {
			JsonNode problem = JSON.readTree(response.body());
			if (problem.hasNonNull("detail")) {
				detail = problem.path("detail").asString();
				if (problem.has("errors")) {
					detail += " " + problem.path("errors");
				}
			}
		}
		catch (JacksonException ex) {
			// not a problem document: show the body as it came
		}
		return new DemoFailed(
				"Unexpected answer: " + method + " " + path + " -> " + response.statusCode() + ": " + detail.strip(),
				1);
	}

}
