package fr.pes21.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every simulation reads: where the gateway and the services are, the load's rates
 * and durations (system properties {@code bench.*}, then environment variables
 * {@code PES21_BENCH_*}, then the defaults), and the admin's token, fetched once from the
 * gateway and sent as is to the services too (each validates the gateway's JWT itself).
 */
final class BenchSettings {

	private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Map<String, Object> recorded = new LinkedHashMap<>();

	final String gateway = text("gateway", "http://localhost:8080");

	final String dla = text("dla", "http://localhost:8082");

	final String reporting = text("reporting", "http://localhost:8085");

	private BenchSettings() {
	}

	static BenchSettings load() {
		return new BenchSettings();
	}

	String text(String name, String fallback) {
		String value = System.getProperty("bench." + name);
		if (value == null || value.isBlank()) {
			value = System.getenv("PES21_BENCH_" + name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase());
		}
		String result = (value == null || value.isBlank()) ? fallback : value.trim();
		this.recorded.put(name, result);
		return result;
	}

	int number(String name, int fallback) {
		int result = Integer.parseInt(text(name, Integer.toString(fallback)));
		this.recorded.put(name, result);
		return result;
	}

	/** The admin's access token, from {@code POST /auth/token} at the gateway. */
	String adminToken() {
		String password = System.getenv("PES21_ADMIN_PASSWORD");
		if (password == null || password.isBlank()) {
			throw new IllegalStateException("PES21_ADMIN_PASSWORD is not set: the benchmark logs in as admin");
		}
		String body = "{\"username\":\"admin\",\"password\":\"" + password.replace("\\", "\\\\").replace("\"", "\\\"")
				+ "\"}";
		String answer = post(this.gateway + "/auth/token", null, body, 200);
		Matcher matcher = ACCESS_TOKEN.matcher(answer);
		if (!matcher.find()) {
			throw new IllegalStateException("No access_token in the gateway's answer");
		}
		return matcher.group(1);
	}

	/** Registers one DLA structure through the gateway and answers its id. */
	String registerStructure(String token, String name) {
		String body = "{\"name\":\"" + name + "\",\"legalForm\":\"Association\",\"commune\":\"Dijon\"}";
		Matcher matcher = ID.matcher(post(this.gateway + "/api/dla/structures", token, body, 201));
		if (!matcher.find()) {
			throw new IllegalStateException("No id in the answer to the structure's registration");
		}
		return matcher.group(1);
	}

	String post(String url, String token, String body, int expected) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != expected) {
				throw new IllegalStateException(
						"POST " + url + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("POST " + url + " failed: is the suite started (./pes21 up)?", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Writes the settings this run used to {@code <bench.out>/<name>.json}, for
	 * BenchReport (durations to turn counts into throughput, rates for the table).
	 */
	void record(String name) {
		Path out = Path.of(text("out", "target/bench"));
		StringBuilder json = new StringBuilder("{");
		this.recorded.forEach((key, value) -> {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append('"').append(key).append("\":");
			json.append((value instanceof Number) ? value.toString() : "\"" + value + "\"");
		});
		json.append('}');
		try {
			Files.createDirectories(out);
			Files.writeString(out.resolve(name + ".json"), json.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
