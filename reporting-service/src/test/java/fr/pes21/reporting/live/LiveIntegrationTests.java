package fr.pes21.reporting.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.contracts.accompaniment.ProjectWelcomed;
import fr.pes21.reporting.FactPublisher;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /api/reports/live} with a real HTTP client against the running server:
 * changes pushed as facts are consumed, heartbeats, a reconnection with
 * {@code Last-Event-ID} that loses nothing, a client that stops reading (a raw socket),
 * the end of a stream at its token's expiry, the limits of streams per user and in all.
 * The context reads the topics with a group of its own, so that no other test context
 * shares its partitions; the years 2086 and 2051 to 2070 belong to this test.
 */
@WithRealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.cloud.stream.default.group=reporting-live-tests", "pes21.reporting.live.heartbeat=500ms",
				"pes21.reporting.live.max-streams-per-user=3", "pes21.reporting.live.max-streams=6",
				"pes21.reporting.live.client-queue=100" })
class LiveIntegrationTests {

	private static final int YEAR = 2086;

	/**
	 * The years whose figures a client that stopped reading is sent; they belong to this
	 * test.
	 */
	private static final List<Integer> STALL_YEARS = IntStream.rangeClosed(2051, 2070).boxed().toList();

	private static final String KEY = "accompaniment.projectsWelcomed.OTHER";

	private static final Duration DEADLINE = Duration.ofSeconds(60);

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private LiveFigures live;

	@Autowired
	private MeterRegistry meters;

	private final HttpClient http = HttpClient.newHttpClient();

	private final FactPublisher publisher = new FactPublisher();

	private final List<Stream> streams = new ArrayList<>();

	@AfterEach
	void close() {
		this.streams.forEach(Stream::close);
		this.publisher.close();
		this.http.close();
		// The streams closed by their clients are noticed (at a heartbeat) and forgotten.
		await().atMost(DEADLINE).until(() -> this.live.clients() == 0);
	}

	@Test
	void pushesAChangeAsItsFactIsConsumedAndResendsWhatWasMissedOnReconnection() throws Exception {
		long before = indicator(YEAR, KEY);
		Stream first = connect("ana", null);

		// When a fact is recorded, the change reaches the connected client (within the
		// generous deadline of next(): how fast is measured by LivePushLatencyBenchmark)
		welcome(YEAR);
		Event pushed = first.next((event) -> event.isChangeOf(YEAR, KEY, before + 1));
		assertThat(pushed.name()).isEqualTo("indicator");
		first.close();

		// When another fact is recorded while the client is away
		welcome(YEAR);
		await().atMost(DEADLINE).until(() -> indicator(YEAR, KEY) == before + 2);

		// Then reconnecting with the id of the last event received brings the change
		Stream again = connect("ana", pushed.id());
		Event missed = again.next((event) -> event.isChangeOf(YEAR, KEY, before + 2));
		assertThat(Long.parseLong(missed.id())).isGreaterThan(Long.parseLong(pushed.id()));
	}

	@Test
	void sendsHeartbeats() throws Exception {
		Stream stream = connect("hugo", null);

		await().atMost(DEADLINE).until(() -> stream.lines.contains(":heartbeat"));
	}

	@Test
	void aClientThatStopsReadingDelaysNeitherTheFiguresNorTheOtherClientsAndIsDropped() throws Exception {
		Map<Integer, Long> before = new HashMap<>();
		for (int year : STALL_YEARS) {
			before.put(year, indicator(year, KEY));
		}
		double droppedBefore = dropped();
		// Given a client that reads
		Stream reading = connect("rita", null);
		// and one that connected, then stopped reading: a raw socket with a small receive
		// buffer that never reads
		try (Socket stalled = new Socket()) {
			stalled.setReceiveBufferSize(1024);
			stalled.connect(new InetSocketAddress("localhost", this.port));
			stalled.getOutputStream()
				.write(("GET /api/reports/live HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
						+ "Authorization: " + TestTokens.bearer("stan", "READER") + "\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			stalled.getOutputStream().flush();

			// When many changes are pushed, round after round, until the client that
			// stopped reading has fallen too far behind
			int rounds = 0;
			while (dropped() == droppedBefore) {
				assertThat(rounds).as("rounds pushed before the client that stopped reading is dropped")
					.isLessThan(500);
				this.publisher.publishAll(STALL_YEARS.stream().map(LiveIntegrationTests::welcomeOf).toList());
				rounds++;
				// Then the figures keep up, round after round: the consumption of the
				// facts never waits for a client
				long expected = before.get(STALL_YEARS.getLast()) + rounds;
				await().atMost(DEADLINE).until(() -> indicator(STALL_YEARS.getLast(), KEY) == expected);
			}

			// and it was dropped, once, and no longer counts among the open streams
			assertThat(dropped()).isEqualTo(droppedBefore + 1);
			await().atMost(DEADLINE).until(() -> this.live.clients() == 1);
			// while the client that reads received every change, up to the last
			for (int year : STALL_YEARS) {
				long last = before.get(year) + rounds;
				await().atMost(DEADLINE).until(() -> indicator(year, KEY) == last);
				reading.next((event) -> event.isChangeOf(year, KEY, last));
			}
		}
	}

	@Test
	void endsTheStreamWhenItsTokenExpires() throws Exception {
		Stream stream = connectWith(TestTokens.token("eve", Instant.now().plusSeconds(2), "READER"), null);

		await().atMost(DEADLINE).until(stream::ended);
		assertThat(stream.lines).contains(":token expired");
	}

	@Test
	void refusesAStreamBeyondTheStreamsOneUserMayHaveWith429() throws Exception {
		connect("una", null);
		connect("una", null);
		connect("una", null);

		HttpResponse<String> refused = get("una");

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(json.readValue(refused.body(), new TypeReference<Map<String, Object>>() {
		})).containsEntry("type", "urn:pes21:problem:too-many-live-streams").containsEntry("status", 429);
		// and another user is served
		connect("ulla", null);
	}

	@Test
	void refusesAStreamBeyondTheStreamsTheServiceServesWith503() throws Exception {
		// The streams of the other tests, closed by their clients, noticed by the
		// heartbeats
		await().atMost(DEADLINE).until(() -> this.live.clients() == 0);
		for (String user : List.of("vic", "vic", "val", "val", "vera", "vera")) {
			connect(user, null);
		}

		HttpResponse<String> refused = get("viv");

		assertThat(refused.statusCode()).isEqualTo(503);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(json.readValue(refused.body(), new TypeReference<Map<String, Object>>() {
		})).containsEntry("type", "urn:pes21:problem:live-streams-full").containsEntry("status", 503);
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

	/**
	 * Small socket send buffers on the server, so that a client that stops reading fills
	 * them with a few hundred changes rather than megabytes.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class SmallSendBuffers {

		@Bean
		TomcatConnectorCustomizer smallSendBuffers() {
			return (connector) -> connector.setProperty("socket.txBufSize", "4096");
		}

	}

	/** A stream of a reader named {@code user}. */
	private Stream connect(String user, String lastEventId) throws IOException, InterruptedException {
		return connectWith(TestTokens.token(user, Instant.now().plusSeconds(3600), "READER"), lastEventId);
	}

	private Stream connectWith(String token, String lastEventId) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/reports/live"))
			.header("Authorization", "Bearer " + token)
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

	/** A live stream asked for by {@code user}, its answer read whole. */
	private HttpResponse<String> get(String user) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri("/api/reports/live"))
			.header("Authorization", TestTokens.bearer(user, "READER"))
			.header("Accept", "text/event-stream")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void welcome(int year) {
		this.publisher.publish(welcomeOf(year));
	}

	private static ProducerRecord<String, byte[]> welcomeOf(int year) {
		String project = UUID.randomUUID().toString();
		return FactPublisher.record(
				new ProjectWelcomed(project, project, Programme.OTHER, LocalDate.of(year, 6, 1), "Dijon", null),
				"accompaniment-service", Instant.now());
	}

	private long indicator(int year, String key) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/api/reports/years/" + year))
			.header("Authorization", TestTokens.bearer("ana", "READER"))
			.build(), HttpResponse.BodyHandlers.ofString());
		Map<String, Object> report = json.readValue(response.body(), new TypeReference<>() {
		});
		return ((Number) ((Map<?, ?>) report.get("indicators")).get(key)).longValue();
	}

	private double dropped() {
		return this.meters.get(LiveFigures.DROPPED_METRIC).counter().count();
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

		private final List<Event> events = new CopyOnWriteArrayList<>();

		private final List<String> lines = new CopyOnWriteArrayList<>();

		private volatile boolean ended;

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
				this.ended = true;
			}
			catch (IOException ex) {
				// closed by the test
			}
		}

		/** The first event received, so far or within the deadline, that is wanted. */
		Event next(Predicate<Event> wanted) {
			await().atMost(DEADLINE).until(() -> this.events.stream().anyMatch(wanted));
			return this.events.stream().filter(wanted).findFirst().orElseThrow();
		}

		/** Whether the server ended the stream. */
		boolean ended() {
			return this.ended;
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
