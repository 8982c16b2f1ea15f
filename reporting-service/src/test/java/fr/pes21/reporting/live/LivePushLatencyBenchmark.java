package fr.pes21.reporting.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.contracts.accompaniment.ProjectWelcomed;
import fr.pes21.reporting.FactPublisher;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: measures the live push latency, from a fact's publication (just before the
 * producer's send, acknowledged with {@code acks=all}) to the reception of its
 * {@code indicator} event by an SSE client connected to {@code GET /api/reports/live}
 * over real HTTP, one fact at a time, each sent once the previous one's event arrived.
 * Prints p50, p99 and max. Its name keeps it out of the default test run; run it with:
 *
 * <pre>
 * ./mvnw -B -o -pl reporting-service verify -Dtest=LivePushLatencyBenchmark -Dbench.facts=200
 * </pre>
 *
 * The facts are {@code ProjectWelcomed} of 2096 (fresh ids); the first 20 warm up and are
 * not measured.
 */
@Tag("benchmark")
@WithRealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.cloud.stream.default.group=reporting-live-benchmark")
class LivePushLatencyBenchmark {

	private static final int FACTS = Integer.getInteger("bench.facts", 200);

	private static final int WARM_UP = 20;

	private static final int YEAR = 2096;

	private static final String KEY = "accompaniment.projectsWelcomed.OTHER";

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Test
	void measureFactPublishedToEventReceived() throws Exception {
		try (HttpClient http = HttpClient.newHttpClient(); FactPublisher publisher = new FactPublisher()) {
			long value = current(http);
			HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(uri("/api/reports/live"))
				.header("Authorization", TestTokens.bearer("ana", "READER"))
				.header("Accept", "text/event-stream")
				.build(), HttpResponse.BodyHandlers.ofInputStream());
			assertThat(stream.statusCode()).isEqualTo(200);
			BlockingQueue<Received> received = new LinkedBlockingQueue<>();
			Thread.ofVirtual().start(() -> read(stream.body(), received));

			List<Long> latencies = new ArrayList<>();
			for (int i = 0; i < WARM_UP + FACTS; i++) {
				String project = UUID.randomUUID().toString();
				ProjectWelcomed fact = new ProjectWelcomed(project, project, Programme.OTHER,
						LocalDate.of(YEAR, 1 + (i % 12), 1), "Dijon", null);
				long published = System.nanoTime();
				publisher.publish(FactPublisher.record(fact, "accompaniment-service", Instant.now()));
				value++;
				long arrived = awaitChange(received, value);
				if (i >= WARM_UP) {
					latencies.add(arrived - published);
				}
			}
			stream.body().close();
			List<Long> sorted = latencies.stream().sorted().toList();
			System.out.printf(Locale.ROOT,
					"LIVE PUSH BENCHMARK: %d facts, fact published -> SSE event received: p50 %.1f ms, "
							+ "p99 %.1f ms, max %.1f ms%n",
					sorted.size(), millis(percentile(sorted, 50)), millis(percentile(sorted, 99)),
					millis(sorted.getLast()));
		}
	}

	/** The reception time of the change of {@link #KEY} to {@code value}. */
	private static long awaitChange(BlockingQueue<Received> received, long value) throws InterruptedException {
		while (true) {
			Received next = received.poll(60, TimeUnit.SECONDS);
			assertThat(next).as("an indicator event within 60 s").isNotNull();
			Map<String, Object> change = json.readValue(next.data(), new TypeReference<>() {
			});
			if (KEY.equals(change.get("key")) && ((Number) change.get("year")).intValue() == YEAR
					&& ((Number) change.get("value")).longValue() == value) {
				return next.atNanos();
			}
		}
	}

	/** Notes the time each {@code data:} line arrives. */
	private static void read(InputStream body, BlockingQueue<Received> received) {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.startsWith("data:")) {
					received.add(new Received(System.nanoTime(), line.substring(5).strip()));
				}
			}
		}
		catch (IOException ex) {
			// closed at the end of the measure
		}
	}

	private long current(HttpClient http) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/reports/years/" + YEAR))
			.header("Authorization", TestTokens.bearer("ana", "READER"))
			.build(), HttpResponse.BodyHandlers.ofString());
		Map<String, Object> report = json.readValue(response.body(), new TypeReference<>() {
		});
		return ((Number) ((Map<?, ?>) report.get("indicators")).get(KEY)).longValue();
	}

	private static long percentile(List<Long> sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

	private static double millis(long nanos) {
		return nanos / 1e6;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private record Received(long atNanos, String data) {
	}

}
