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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.contracts.accompaniment.ProjectWelcomed;
import fr.pes21.reporting.FactPublisher;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: measures the live push latency, from a fact's publication to the reception
 * of the {@code indicator} event carrying a figure that counts it, by an SSE client
 * connected to {@code GET /api/reports/live} over real HTTP. Prints p50, p99, max and the
 * misses (facts whose figure never came), then the service's share, from its own timers:
 * the projection delay (the fact's recording to its storing: the producer, the broker,
 * the consumer's fetch and the bulk write) and the recount (counting the moved figures
 * again and queuing the changes).
 * <ul>
 * <li>{@code -Dbench.rate=0} (default): one fact at a time, each sent once the previous
 * one's event arrived, latency from just before the send;</li>
 * <li>{@code -Dbench.rate=N}: N facts per second at a fixed rate, whatever the events (no
 * coordinated omission: latency from each fact's scheduled time); a fact is counted by
 * the first event whose value reaches it, so a batch of several facts pushes one
 * change.</li>
 * </ul>
 * Its name keeps it out of the default test run; run it with:
 *
 * <pre>
 * ./mvnw -B -o -pl reporting-service -am verify -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=LivePushLatencyBenchmark -Dbench.facts=200 -Dbench.rate=0
 * </pre>
 *
 * The facts are {@code ProjectWelcomed} of 2096 (fresh ids); the first 20 warm up, one at
 * a time, and are not measured.
 */
@Tag("benchmark")
@WithRealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.cloud.stream.default.group=reporting-live-benchmark",
				"management.metrics.distribution.percentiles.pes21.reporting.projection.delay=0.5,0.99",
				"management.metrics.distribution.percentiles.pes21.reporting.live.recount=0.5,0.99" })
class LivePushLatencyBenchmark {

	private static final int FACTS = Integer.getInteger("bench.facts", 200);

	private static final int RATE = Integer.getInteger("bench.rate", 0);

	private static final int WARM_UP = 20;

	private static final int YEAR = 2096;

	private static final String KEY = "accompaniment.projectsWelcomed.OTHER";

	private static final Duration DEADLINE = Duration.ofSeconds(60);

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry meters;

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

			for (int i = 0; i < WARM_UP; i++) {
				publisher.publish(welcome(i));
				value++;
				awaitChange(received, value);
			}
			long[] latencies = (RATE > 0) ? atFixedRate(publisher, received, value)
					: oneAtATime(publisher, received, value);
			stream.body().close();
			long[] measured = Arrays.stream(latencies).filter((latency) -> latency >= 0).sorted().toArray();
			long misses = latencies.length - measured.length;
			System.out.printf(Locale.ROOT,
					"LIVE PUSH BENCHMARK: %d facts, %s, fact published -> SSE event received: p50 %.1f ms, "
							+ "p99 %.1f ms, max %.1f ms, misses %d; service: projection delay p50 %s p99 %s, "
							+ "recount p50 %s p99 %s%n",
					latencies.length, (RATE > 0) ? RATE + " facts/s" : "one at a time",
					millis(percentile(measured, 50)), millis(percentile(measured, 99)),
					millis(measured[measured.length - 1]), misses, server("pes21.reporting.projection.delay", 0.5),
					server("pes21.reporting.projection.delay", 0.99), server("pes21.reporting.live.recount", 0.5),
					server("pes21.reporting.live.recount", 0.99));
		}
	}

	private long[] oneAtATime(FactPublisher publisher, BlockingQueue<Received> received, long value)
			throws InterruptedException {
		long[] latencies = new long[FACTS];
		for (int i = 0; i < FACTS; i++) {
			long published = System.nanoTime();
			publisher.publish(welcome(WARM_UP + i));
			latencies[i] = awaitChange(received, value + i + 1) - published;
		}
		return latencies;
	}

	/**
	 * Sends fact {@code i} at {@code start + i / RATE}; its latency runs from then to the
	 * first event whose value counts it, {@code -1} if none came within the deadline.
	 */
	private long[] atFixedRate(FactPublisher publisher, BlockingQueue<Received> received, long value)
			throws InterruptedException {
		long period = TimeUnit.SECONDS.toNanos(1) / RATE;
		long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
		Thread sender = Thread.ofPlatform().start(() -> {
			for (int i = 0; i < FACTS; i++) {
				long due = start + i * period;
				while (System.nanoTime() < due) {
					LockSupport.parkNanos(due - System.nanoTime());
				}
				publisher.send(welcome(WARM_UP + i));
			}
		});
		long[] latencies = new long[FACTS];
		Arrays.fill(latencies, -1);
		int reflected = 0;
		long deadline = start + FACTS * period + DEADLINE.toNanos();
		while (reflected < FACTS && System.nanoTime() < deadline) {
			Received next = received.poll(100, TimeUnit.MILLISECONDS);
			if (next == null) {
				continue;
			}
			long counted = valueOf(next) - value;
			while (reflected < Math.min(counted, FACTS)) {
				latencies[reflected] = next.atNanos() - (start + reflected * period);
				reflected++;
			}
		}
		sender.join();
		return latencies;
	}

	private static ProducerRecord<String, byte[]> welcome(int i) {
		String project = UUID.randomUUID().toString();
		ProjectWelcomed fact = new ProjectWelcomed(project, project, Programme.OTHER,
				LocalDate.of(YEAR, 1 + (i % 12), 1), "Dijon", null);
		return FactPublisher.record(fact, "accompaniment-service", Instant.now());
	}

	/** The reception time of the change of {@link #KEY} to {@code value}. */
	private static long awaitChange(BlockingQueue<Received> received, long value) throws InterruptedException {
		while (true) {
			Received next = received.poll(DEADLINE.toSeconds(), TimeUnit.SECONDS);
			assertThat(next).as("an indicator event within 60 s").isNotNull();
			if (valueOf(next) >= value) {
				return next.atNanos();
			}
		}
	}

	/** The value of {@link #KEY} in {@link #YEAR} an event carries, -1 for another. */
	private static long valueOf(Received event) {
		Map<String, Object> change = json.readValue(event.data(), new TypeReference<>() {
		});
		return (KEY.equals(change.get("key")) && ((Number) change.get("year")).intValue() == YEAR)
				? ((Number) change.get("value")).longValue() : -1;
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

	/** A percentile of one of the service's timers, in ms, or "n/a" if it has none. */
	private String server(String name, double percentile) {
		Timer timer = name.endsWith("delay") ? this.meters.find(name).tag("context", "accompaniment").timer()
				: this.meters.find(name).timer();
		if (timer == null) {
			return "n/a";
		}
		for (ValueAtPercentile value : timer.takeSnapshot().percentileValues()) {
			if (value.percentile() == percentile) {
				return String.format(Locale.ROOT, "%.1f ms", value.value(TimeUnit.MILLISECONDS));
			}
		}
		return "n/a";
	}

	private long current(HttpClient http) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/reports/years/" + YEAR))
			.header("Authorization", TestTokens.bearer("ana", "READER"))
			.build(), HttpResponse.BodyHandlers.ofString());
		Map<String, Object> report = json.readValue(response.body(), new TypeReference<>() {
		});
		return ((Number) ((Map<?, ?>) report.get("indicators")).get(KEY)).longValue();
	}

	private static long percentile(long[] sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
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
