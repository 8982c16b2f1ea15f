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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Predicate;

import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.contracts.accompaniment.ProjectWelcomed;
import fr.pes21.reporting.FactPublisher;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /api/reports/live} with a real HTTP client against the running server:
 * changes pushed as facts are consumed, heartbeats, and a reconnection with
 * {@code Last-Event-ID} that loses nothing. The context reads the topics with a group of
 * its own, so that no other test context shares its partitions; the year 2086 belongs to
 * this test.
 */
@WithRealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.cloud.stream.default.group=reporting-live-tests", "pes21.reporting.live.heartbeat=500ms" })
class LiveIntegrationTests {

	private static final int YEAR = 2086;

	private static final String KEY = "accompaniment.projectsWelcomed.OTHER";

	private static final Duration DEADLINE = Duration.ofSeconds(60);

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private final FactPublisher publisher = new FactPublisher();

	private final List<Stream> streams = new ArrayList<>();

	@AfterEach
	void close() {
		this.streams.forEach(Stream::close);
		this.publisher.close();
		this.http.close();
	}

	@Test
	void pushesAChangeAsItsFactIsConsumedAndResendsWhatWasMissedOnReconnection() throws Exception {
		long before = indicator(KEY);
		Stream first = connect(null);

		// When a fact is recorded, the change reaches the connected client (within the
		// generous deadline of next(): how fast is measured by LivePushLatencyBenchmark)
		welcome();
		Event pushed = first.next((event) -> event.isChangeOf(YEAR, KEY, before + 1));
		assertThat(pushed.name()).isEqualTo("indicator");
		first.close();

		// When another fact is recorded while the client is away
		welcome();
		await().atMost(DEADLINE).until(() -> indicator(KEY) == before + 2);

		// Then reconnecting with the id of the last event received brings the change
		Stream again = connect(pushed.id());
		Event missed = again.next((event) -> event.isChangeOf(YEAR, KEY, before + 2));
		assertThat(Long.parseLong(missed.id())).isGreaterThan(Long.parseLong(pushed.id()));
	}

	@Test
	void sendsHeartbeats() throws Exception {
		Stream stream = connect(null);

		await().atMost(DEADLINE).until(() -> stream.lines.contains(":heartbeat"));
	}

	@Test
	void answersAProblemFor400WhenTheLastEventIdIsNotAnId() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/api/reports/live"))
			.header("Authorization", TestTokens.bearer("ana", "READER"))
			.header("Accept", "text/event-stream")
			.header("Last-Event-ID", "yesterday")
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void answers401WithoutAToken() throws Exception {
		HttpResponse<Void> response = this.http.send(
				HttpRequest.newBuilder(uri("/api/reports/live")).header("Accept", "text/event-stream").build(),
				HttpResponse.BodyHandlers.discarding());

		assertThat(response.statusCode()).isEqualTo(401);
	}

	private Stream connect(String lastEventId) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/reports/live"))
			.header("Authorization", TestTokens.bearer("ana", "READER"))
			.header("Accept", "text/event-stream");
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		HttpResponse<InputStream> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		Stream stream = new Stream(response.body());
		this.streams.add(stream);
		return stream;
	}

	private void welcome() {
		String project = UUID.randomUUID().toString();
		this.publisher.publish(FactPublisher.record(
				new ProjectWelcomed(project, project, Programme.OTHER, LocalDate.of(YEAR, 6, 1), "Dijon", null),
				"accompaniment-service", Instant.now()));
	}

	private long indicator(String key) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/api/reports/years/" + YEAR))
			.header("Authorization", TestTokens.bearer("ana", "READER"))
			.build(), HttpResponse.BodyHandlers.ofString());
		Map<String, Object> report = json.readValue(response.body(), new TypeReference<>() {
		});
		return ((Number) ((Map<?, ?>) report.get("indicators")).get(key)).longValue();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/** One SSE event as received. */
	record Event(String id, String name, String data) {

		boolean isChangeOf(int year, String key, long value) {
			Map<String, Object> change = json.readValue(this.data, new TypeReference<>() {
			});
			return change.equals(Map.of("year", year, "key", key, "value", (int) value));
		}

	}

	/** An open event stream, read line by line on a thread of its own. */
	static final class Stream {

		private final InputStream body;

		private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

		private final List<String> lines = new CopyOnWriteArrayList<>();

		Stream(InputStream body) {
			this.body = body;
			Thread.ofVirtual().start(this::read);
		}

		private void read() {
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(this.body, StandardCharsets.UTF_8))) {
				String id = null;
				String name = null;
				StringBuilder data = new StringBuilder();
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					this.lines.add(line);
					if (line.isEmpty()) {
						if (!data.isEmpty()) {
							this.events.add(new Event(id, name, data.toString()));
						}
						id = null;
						name = null;
						data.setLength(0);
					}
					else if (line.startsWith("id:")) {
						id = line.substring(3).strip();
					}
					else if (line.startsWith("event:")) {
						name = line.substring(6).strip();
					}
					else if (line.startsWith("data:")) {
						data.append(line.substring(5).strip());
					}
				}
			}
			catch (IOException ex) {
				// closed by the test
			}
		}

		Event next(Predicate<Event> wanted) {
			List<Event> seen = new ArrayList<>();
			await().atMost(DEADLINE).until(() -> {
				this.events.drainTo(seen);
				return seen.stream().anyMatch(wanted);
			});
			return seen.stream().filter(wanted).findFirst().orElseThrow();
		}

		void close() {
			try {
				this.body.close();
			}
			catch (IOException ex) {
				// already closed
			}
		}

	}

}
