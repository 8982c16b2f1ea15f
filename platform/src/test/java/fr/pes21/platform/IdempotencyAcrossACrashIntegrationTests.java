package fr.pes21.platform;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.Topics;
import fr.pes21.platform.outbox.OutboxAggregate;
import fr.pes21.platform.sample.Note;
import fr.pes21.platform.sample.NoteRepository;
import fr.pes21.platform.sample.SampleApplication;
import fr.pes21.testsupport.FactsOnTopic;
import fr.pes21.testsupport.FreePorts;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Idempotency-Key across a crash (decision 12): a retry after the service died with the
 * request's write saved but its answer not recorded runs the request exactly once; after
 * the answer was recorded it gets that answer; a key is never "in progress" for good. The
 * time limit is 2 s here (30 s by default).
 */
@WithRealInfrastructure
@SpringBootTest(classes = SampleApplication.class,
		properties = { "pes21.idempotency.in-progress-limit=PT2S", "pes21.idempotency.sweep-interval=PT0.5S" })
@AutoConfigureMockMvc
class IdempotencyAcrossACrashIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static final String PENDING = OutboxAggregate.PENDING_REQUEST;

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	NoteRepository notes;

	@Test
	void aRetryAfterTheServiceWasKilledBetweenTheWriteAndTheAnswerRecordsTheRequestOnce(@TempDir Path logs)
			throws Exception {
		String title = "killed-" + UUID.randomUUID().toString().substring(0, 8);
		String body = body(title);
		String key = "crash-" + UUID.randomUUID();
		int port = FreePorts.next();
		Process service = startSampleService(port, logs.resolve("sample.log"));
		String deadId;
		try {
			await().atMost(Duration.ofSeconds(180))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> isReady(port) || !service.isAlive());
			assertThat(service.isAlive()).as("the sample service started (log in %s)", logs).isTrue();
			HTTP.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/notes"))
				.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("sam", "STAFF"))
				.header("Idempotency-Key", key)
				.header(SampleApplication.PAUSE_AFTER_SAVE, "yes")
				.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			// the write is saved, the answer not recorded: now the service dies
			await().atMost(Duration.ofSeconds(60)).until(() -> noteTitled(title) != null);
			Document written = noteTitled(title);
			assertThat(written.get(PENDING, Document.class).getString("key")).endsWith(key);
			deadId = written.getString("_id");
		}
		finally {
			service.destroyForcibly();
			assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}

		// the retry reaches another instance of the service, sharing its database
		List<Integer> statuses = new ArrayList<>();
		MockHttpServletResponse answer = await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> send(key, body), (response) -> {
				statuses.add(response.getStatus());
				return response.getStatus() != 409;
			});

		assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(201);
		assertThat(statuses).allMatch((status) -> status == 409 || status == 201);
		String liveId = idOf(answer);
		assertThat(liveId).isNotEqualTo(deadId);
		assertThat(this.mongo.find(Query.query(Criteria.where("title").is(title)), Document.class, "notes"))
			.extracting((note) -> note.getString("_id"))
			.containsExactly(liveId);
		await().atMost(Duration.ofSeconds(30)).until(() -> noteTitled(title).get(PENDING) == null);
		try (FactsOnTopic topic = FactsOnTopic.onRealInfrastructure(Topics.ACCOMPANIMENT, List.of(deadId, liveId))) {
			await().atMost(Duration.ofSeconds(60)).until(() -> !topic.pollFacts().isEmpty());
			assertThat(topic.pollFacts()).extracting(FactEnvelope::subject).containsExactly(liveId);
		}
	}

	@Test
	void aRetryOfARequestWhoseAnswerWasRecordedBeforeTheCrashGetsThatAnswerAndItsFactsGoOut() throws Exception {
		String key = "recorded-" + UUID.randomUUID();
		String body = body("recorded");
		Note note = new Note("recorded");
		note.meetingHeld(LocalDate.of(2024, 2, 2), Instant.now());
		// as a service that died after recording the answer, before settling its write
		// (the record first, as a request claims its key before it writes: the sweeper
		// rolls back a write whose key has no record)
		this.mongo.insert(record(key, body, "DONE", "attempt-1", Instant.now()).append("status", 201)
			.append("location", "http://localhost/api/notes/" + note.getId())
			.append("contentType", MediaType.APPLICATION_JSON_VALUE)
			.append("body", "{\"id\":\"" + note.getId() + "\"}"), "idempotency_keys");
		writePending(note, key, "attempt-1");

		MockHttpServletResponse answer = send(key, body);

		assertThat(answer.getStatus()).isEqualTo(201);
		assertThat(answer.getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat(idOf(answer)).isEqualTo(note.getId());
		await().atMost(Duration.ofSeconds(30)).until(() -> noteById(note.getId()).get(PENDING) == null);
		try (FactsOnTopic topic = FactsOnTopic.onRealInfrastructure(Topics.ACCOMPANIMENT, List.of(note.getId()))) {
			await().atMost(Duration.ofSeconds(60)).until(() -> topic.pollFacts().size() == 1);
		}
		assertThat(this.notes.count()).isPositive();
		assertThat(this.notes.findById(note.getId())).hasValueSatisfying((kept) -> {
			assertThat(kept.meetings()).isEqualTo(1);
			assertThat(kept.pendingFacts()).isEmpty();
		});
	}

	@Test
	void aKeyLeftInProgressIsAnsweredRetryAfterUntilItsTimeIsUpThenTheRetryUndoesTheDeadWriteAndRuns()
			throws Exception {
		String key = "left-" + UUID.randomUUID();
		String title = "left-" + UUID.randomUUID().toString().substring(0, 8);
		String body = body(title);
		Note dead = new Note(title);
		dead.meetingHeld(LocalDate.of(2024, 2, 2), Instant.now());
		this.mongo.insert(record(key, body, "IN_PROGRESS", "attempt-1", Instant.now().plusSeconds(3600)),
				"idempotency_keys");
		writePending(dead, key, "attempt-1");

		MockHttpServletResponse busy = send(key, body);

		assertThat(busy.getStatus()).isEqualTo(409);
		assertThat(busy.getContentAsString()).contains("urn:pes21:problem:idempotency-key-in-use");
		assertThat(Long.parseLong(busy.getHeader(HttpHeaders.RETRY_AFTER))).isBetween(3590L, 3601L);
		assertThat(noteById(dead.getId())).as("a running request's write is left alone").isNotNull();

		// its time is up
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(scoped(key))),
				new Update().set("lockedUntil", Date.from(Instant.now().minusSeconds(1))), "idempotency_keys");
		MockHttpServletResponse retried = send(key, body);

		assertThat(retried.getStatus()).isEqualTo(201);
		assertThat(noteById(dead.getId())).as("the dead attempt's note is gone").isNull();
		assertThat(this.mongo.find(Query.query(Criteria.where("title").is(title)), Document.class, "notes"))
			.extracting((note) -> note.getString("_id"))
			.containsExactly(idOf(retried));
		assertThat(send(key, body).getHeader("Idempotent-Replayed")).isEqualTo("true");
	}

	@Test
	void aKeyLeftInProgressBeforeKeysHadATimeLimitIsTakenOverByARetry() throws Exception {
		String key = "legacy-" + UUID.randomUUID();
		String body = body("legacy");
		Document legacy = record(key, body, "IN_PROGRESS", "unused", Instant.now());
		legacy.remove("attempt");
		legacy.remove("lockedUntil");
		legacy.remove("expiresAt");
		this.mongo.insert(legacy, "idempotency_keys");

		MockHttpServletResponse retried = send(key, body);

		assertThat(retried.getStatus()).isEqualTo(201);
		assertThat(send(key, body).getHeader("Idempotent-Replayed")).isEqualTo("true");
	}

	@Test
	void aRequestThatFailsAfterItsWriteLeavesNothingAndFreesItsKey() throws Exception {
		String key = "fails-" + UUID.randomUUID();
		String title = SampleApplication.FAIL_AFTER_SAVE + "-" + UUID.randomUUID().toString().substring(0, 8);

		MockHttpServletResponse failed = send(key, body(title));

		assertThat(failed.getStatus()).isEqualTo(500);
		assertThat(noteTitled(title)).as("the note saved before the failure is undone").isNull();
		assertThat(this.mongo.findById(scoped(key), Document.class, "idempotency_keys")).isNull();
	}

	@Test
	void aSaveOfADocumentWrittenByARunningRequestIsToldToRetryAndGoesThroughOnceItIsDone() throws Exception {
		String key = "running-" + UUID.randomUUID();
		Note note = new Note("shared");
		note.meetingHeld(LocalDate.of(2024, 2, 2), Instant.now());
		this.notes.save(note);
		this.mongo.insert(record(key, body("shared"), "IN_PROGRESS", "attempt-1", Instant.now().plusSeconds(3600)),
				"idempotency_keys");
		pendingOn(note.getId(), key, "attempt-1", null);
		String meeting = "{\"date\":\"2024-03-03\"}";

		MockHttpServletResponse refused = meeting(note.getId(), meeting);
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(refused.getContentAsString()).contains("urn:pes21:problem:concurrent-change");

		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(scoped(key))), new Update().set("state", "DONE"),
				"idempotency_keys");
		MockHttpServletResponse accepted = meeting(note.getId(), meeting);

		assertThat(accepted.getStatus()).isEqualTo(201);
		assertThat(this.notes.findById(note.getId()))
			.hasValueSatisfying((kept) -> assertThat(kept.meetings()).isEqualTo(2));
		assertThat(noteById(note.getId()).get(PENDING)).isNull();
	}

	@Test
	void keysExpireThroughATtlIndexOnTheirOwnExpiryTime() throws Exception {
		String key = "ttl-" + UUID.randomUUID();
		send(key, body("expiring"));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(this.mongo.getCollection("idempotency_keys").listIndexes()).anySatisfy((index) -> {
						assertThat(index.get("key", Document.class)).isEqualTo(new Document("expiresAt", 1));
						assertThat(((Number) index.get("expireAfterSeconds")).longValue()).isZero();
					}));
		Document record = this.mongo.findById(scoped(key), Document.class, "idempotency_keys");
		assertThat(record.getDate("expiresAt").toInstant()).isBetween(Instant.now().plus(Duration.ofDays(29)),
				Instant.now().plus(Duration.ofDays(31)));
	}

	private MockHttpServletResponse send(String key, String body) throws Exception {
		return this.mvc
			.perform(post("/api/notes").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("sam", "STAFF"))
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse();
	}

	/** A meeting recorded on a note, without Idempotency-Key. */
	private MockHttpServletResponse meeting(String noteId, String body) throws Exception {
		return this.mvc
			.perform(post("/api/notes/" + noteId + "/meetings")
				.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("sam", "STAFF"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse();
	}

	/** The record id of a key sent by sam to {@code POST /api/notes}. */
	private static String scoped(String key) {
		return "sam POST /api/notes " + key;
	}

	private static String body(String title) {
		return "{\"title\":\"" + title + "\",\"firstMeeting\":\"2024-03-04\"}";
	}

	private static Document record(String key, String body, String state, String attempt, Instant lockedUntil)
			throws Exception {
		byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
		return new Document("_id", scoped(key)).append("requestHash", HexFormat.of().formatHex(hash))
			.append("state", state)
			.append("attempt", attempt)
			.append("lockedUntil", Date.from(lockedUntil))
			.append("createdAt", new Date())
			.append("expiresAt", Date.from(Instant.now().plus(Duration.ofDays(30))));
	}

	/**
	 * Writes a new note as a request with this key would have (pending on it, nothing
	 * before it), without the save events (no relay woken).
	 */
	private void writePending(Note note, String key, String attempt) {
		Document document = new Document();
		this.mongo.getConverter().write(note, document);
		document.put(PENDING, new Document("key", scoped(key)).append("attempt", attempt).append("before", null));
		this.mongo.getCollection("notes").insertOne(document);
	}

	/** Marks a note as written by a request with this key, as its save would have. */
	private void pendingOn(String noteId, String key, String attempt, Document before) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(noteId)), new Update().set(PENDING,
				new Document("key", scoped(key)).append("attempt", attempt).append("before", before)), "notes");
	}

	private Document noteTitled(String title) {
		return this.mongo.findOne(Query.query(Criteria.where("title").is(title)), Document.class, "notes");
	}

	private Document noteById(String id) {
		return this.mongo.findById(id, Document.class, "notes");
	}

	private static String idOf(MockHttpServletResponse response) {
		String location = response.getHeader(HttpHeaders.LOCATION);
		return location.substring(location.lastIndexOf('/') + 1);
	}

	/**
	 * The sample service in a process of its own, on the same Kafka broker and database
	 * as this test's, with the same 2 s time limit.
	 */
	private static Process startSampleService(int port, Path log) throws IOException {
		List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m",
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				"-Dspring.kafka.bootstrap-servers=" + System.getProperty("spring.kafka.bootstrap-servers"),
				"-Dspring.mongodb.uri=" + System.getProperty("spring.mongodb.uri"),
				"-Dpes21.jwt.secret=" + TestTokens.SECRET, "-Dserver.port=" + port,
				"-Dpes21.idempotency.in-progress-limit=PT2S", SampleApplication.class.getName());
		File logFile = log.toFile();
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile))
			.start();
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
		return process;
	}

	private static boolean isReady(int port) {
		try {
			return HTTP
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
