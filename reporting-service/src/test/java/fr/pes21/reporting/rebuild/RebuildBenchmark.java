package fr.pes21.reporting.rebuild;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;

import fr.pes21.contracts.Topics;
import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.contracts.accompaniment.ProjectWelcomed;
import fr.pes21.reporting.FactPublisher;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Not a test: measures, in the same run on the tests' real Kafka broker and MongoDB wire
 * server, the raw consume rate of the four fact topics (a plain {@link KafkaConsumer}
 * reading them from the beginning to their end, nothing else) and the rate of a rebuild
 * ({@code POST /api/reports/rebuild} to {@code COMPLETED}) over the same records, one
 * after the other, {@code bench.rounds} times, and prints both with their ratio, then the
 * median ratio and its spread (the machine's load moves each figure a lot), with the
 * process CPU time each phase took per 1,000 records (the service, the broker and the
 * MongoDB wire server all run in this JVM), which moves much less. Its name keeps it out
 * of the default test run; run it with:
 *
 * <pre>
 * ./mvnw -B -o -pl reporting-service -am verify -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=RebuildBenchmark -Dbench.facts=20000 -Dbench.rounds=5
 * </pre>
 *
 * The facts are generated {@code ProjectWelcomed} of the four programmes in 2095, fresh
 * ids, as the accompaniment service publishes them.
 */
@Tag("benchmark")
@WithRealInfrastructure
@SpringBootTest(properties = "spring.cloud.stream.default.group=reporting-rebuild-benchmark")
@AutoConfigureMockMvc
class RebuildBenchmark {

	private static final int FACTS = Integer.getInteger("bench.facts", 20_000);

	/** Raw consume then rebuild, this many times in the same run. */
	private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);

	private static final Duration DEADLINE = Duration.ofMinutes(30);

	private static final String ADMIN = TestTokens.bearer("ada", "ADMIN");

	private static final List<String> TOPICS = List.of(Topics.ACCOMPANIMENT, Topics.DLA, Topics.TERRITORY,
			Topics.EVENTS);

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private MockMvcTester mvc;

	@Test
	void measureRebuildRateAgainstRawConsumeRate() throws Exception {
		publish(FACTS);
		// The binder's consumers first, so that the rebuild runs alone.
		await().atMost(DEADLINE)
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> ((Number) ((Map<?, ?>) report(2095).get("indicators"))
				.get("accompaniment.projectsWelcomed.total")).longValue() >= FACTS);

		List<Double> ratios = new ArrayList<>();
		for (int round = 1; round <= ROUNDS; round++) {
			long rawCpu = cpu();
			long rawStarted = System.nanoTime();
			long rawRecords = readEverything();
			double rawSeconds = (System.nanoTime() - rawStarted) / 1e9;
			rawCpu = cpu() - rawCpu;

			MvcTestResult started = this.mvc.post()
				.uri("/api/reports/rebuild")
				.header(HttpHeaders.AUTHORIZATION, ADMIN)
				.exchange();
			assertThat(started).hasStatus(HttpStatus.ACCEPTED);
			String location = started.getResponse().getHeader(HttpHeaders.LOCATION).replaceFirst("^https?://[^/]+", "");
			long rebuildCpu = cpu();
			long rebuildStarted = System.nanoTime();
			await().atMost(DEADLINE)
				.pollInterval(Duration.ofMillis(100))
				.until(() -> !"RUNNING".equals(progress(location).get("status")));
			double rebuildSeconds = (System.nanoTime() - rebuildStarted) / 1e9;
			rebuildCpu = cpu() - rebuildCpu;
			Map<String, Object> done = progress(location);
			assertThat(done).containsEntry("status", "COMPLETED");
			long total = ((Number) done.get("total")).longValue();
			double serverSeconds = Duration
				.between(Instant.parse((String) done.get("startedAt")), Instant.parse((String) done.get("finishedAt")))
				.toMillis() / 1e3;
			double ratio = (total / rebuildSeconds) / (rawRecords / rawSeconds);
			ratios.add(ratio);
			System.out.printf(Locale.ROOT,
					"REBUILD BENCHMARK: round %d of %d, %d facts published; raw consume: %d records in %.2f s = %.0f "
							+ "records/s; rebuild: %d records in %.2f s (POST to COMPLETED seen), %.2f s (startedAt to "
							+ "finishedAt) = %.0f facts/s; ratio %.2f; process CPU per 1,000 records: raw %.1f ms, "
							+ "rebuild %.1f ms%n",
					round, ROUNDS, FACTS, rawRecords, rawSeconds, rawRecords / rawSeconds, total, rebuildSeconds,
					serverSeconds, total / rebuildSeconds, ratio, rawCpu / 1e6 / rawRecords * 1000,
					rebuildCpu / 1e6 / total * 1000);
		}
		List<Double> sorted = ratios.stream().sorted().toList();
		System.out.printf(Locale.ROOT,
				"REBUILD BENCHMARK: rebuild / raw consume over %d rounds: median %.2f (%.2f to %.2f)%n", ROUNDS,
				sorted.get(sorted.size() / 2), sorted.getFirst(), sorted.getLast());
	}

	/**
	 * The CPU time of the whole JVM (service, broker and MongoDB wire server alike), in
	 * nanoseconds: what a phase costs whatever else the machine runs.
	 */
	private static long cpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** Sends every fact without waiting for each acknowledgement, then waits for all. */
	private static void publish(int facts) throws Exception {
		Programme[] programmes = Programme.values();
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, FactPublisher.bootstrapServers(),
						ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5),
				new StringSerializer(), new ByteArraySerializer())) {
			List<Future<RecordMetadata>> sent = new ArrayList<>(facts);
			for (int i = 0; i < facts; i++) {
				String project = UUID.randomUUID().toString();
				LocalDate day = LocalDate.of(2095, 1, 1).plusDays(i % 365);
				ProjectWelcomed fact = new ProjectWelcomed(project, project, programmes[i % programmes.length], day,
						"Dijon", null);
				sent.add(producer.send(FactPublisher.record(fact, "accompaniment-service",
						day.atTime(18, 0).toInstant(ZoneOffset.UTC))));
			}
			for (Future<RecordMetadata> one : sent) {
				one.get();
			}
		}
	}

	/** What the rebuild reads, read by a plain consumer and thrown away: the raw rate. */
	private static long readEverything() {
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, FactPublisher.bootstrapServers(),
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000),
				new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = new ArrayList<>();
			TOPICS.forEach((topic) -> consumer.partitionsFor(topic)
				.forEach((partition) -> partitions.add(new TopicPartition(topic, partition.partition()))));
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			long records = 0;
			while (partitions.stream().anyMatch((partition) -> consumer.position(partition) < ends.get(partition))) {
				records += consumer.poll(Duration.ofMillis(500)).count();
			}
			return records;
		}
	}

	private Map<String, Object> report(int year) {
		return body(this.mvc.get()
			.uri("/api/reports/years/{year}", year)
			.header(HttpHeaders.AUTHORIZATION, ADMIN)
			.exchange());
	}

	private Map<String, Object> progress(String location) {
		return body(this.mvc.get().uri(location).header(HttpHeaders.AUTHORIZATION, ADMIN).exchange());
	}

	private static Map<String, Object> body(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return json.readValue(result.getResponse().getContentAsByteArray(), new TypeReference<>() {
		});
	}

}
