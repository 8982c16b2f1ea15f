package fr.pes21.reporting.rebuild;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import fr.pes21.contracts.Topics;
import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.contracts.accompaniment.ProjectWelcomed;
import fr.pes21.reporting.FactPublisher;
import fr.pes21.reporting.Reports;
import fr.pes21.reporting.dla.DlaDataset;
import fr.pes21.reporting.dla.DlaPathwayScenario;
import fr.pes21.reporting.events.EventsDataset;
import fr.pes21.reporting.facts.DeadLetters;
import fr.pes21.reporting.territory.TerritoryDataset;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterEach;
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
 * {@code POST /api/reports/rebuild} on a real Kafka broker and MongoDB wire server: the
 * datasets of the other contexts published (the same facts as their own tests publish, so
 * their figures do not move), a poison record among them and thousands of welcomes of
 * 2087, then a rebuild paused half-built, after its first poll, by
 * {@link Rebuilds#afterPoll}, and just before its swap by {@link Rebuilds#beforeSwap};
 * the figures are read throughout. The DLA facts hold both versions of
 * {@code DiagnosticCompleted}, with completions recorded again after a withdrawal
 * (docs/decisions/0010). The accompaniment figures of 2087 belong to this test.
 */
@WithRealInfrastructure
@SpringBootTest
@AutoConfigureMockMvc
class RebuildIntegrationTests {

	private static final String ADMIN = TestTokens.bearer("ada", "ADMIN");

	private static final String STAFF = TestTokens.bearer("sam", "STAFF");

	private static final Duration DEADLINE = Duration.ofSeconds(120);

	private static final List<Integer> YEARS = List.of(2023, 2024, 2025, 2041, 2042, 2043, 2087);

	private static final String KEY_2087 = "accompaniment.projectsWelcomed.OTHER";

	private static final List<String> TOPICS = List.of(Topics.ACCOMPANIMENT, Topics.DLA, Topics.TERRITORY,
			Topics.EVENTS);

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Rebuilds rebuilds;

	@Autowired
	private MeterRegistry meters;

	private final FactPublisher publisher = new FactPublisher();

	private final CountDownLatch release = new CountDownLatch(1);

	@AfterEach
	void releaseAndClose() {
		this.release.countDown();
		this.rebuilds.beforeSwap = (rebuild) -> {
		};
		this.rebuilds.afterPoll = (rebuild) -> {
		};
		this.publisher.close();
	}

	@Test
	void rebuildsEveryReadModelAsideThenSwapsWithoutServingHalfBuiltFiguresNorLosingFactsArrivingMeanwhile() {
		// Given the datasets, a poison record, and enough facts of 2087 that the rebuild
		// reads them in several polls, consumed
		List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
		records.addAll(DlaDataset.published2024());
		records.addAll(DlaPathwayScenario.published());
		records.addAll(TerritoryDataset.published2024());
		records.addAll(EventsDataset.published2024());
		records.addAll(welcomes2087(3 * Rebuilds.MAX_POLL_RECORDS));
		this.publisher.publishAll(records);
		this.publisher
			.publish(new ProducerRecord<>(Topics.TERRITORY, "poison", "not a fact".getBytes(StandardCharsets.UTF_8)));
		TOPICS.forEach((topic) -> FactPublisher.awaitEverythingConsumed(topic, DEADLINE));
		Map<Integer, Map<String, Long>> before = figures();
		assertThat(Reports.ofContext(before.get(2024), "dla")).containsEntry("dla.structuresWelcomed", 28L)
			.containsEntry("dla.individualDiagnostics", 14L);
		assertThat(Reports.ofContext(before.get(2041), "dla")).containsEntry("dla.individualDiagnostics", 1L);
		assertThat(Reports.ofContext(before.get(2042), "dla")).containsEntry("dla.collectiveEngineeringBeneficiaries",
				4L);
		long onTheTopics = recordsOnTheTopics();
		long setAside = deadLettersCounted();
		// and a rebuild that will pause twice: half-built, after its first poll, and
		// built aside, before its swap
		CountDownLatch halfBuilt = new CountDownLatch(1);
		CountDownLatch resume = new CountDownLatch(1);
		this.rebuilds.afterPoll = (rebuild) -> {
			if (halfBuilt.getCount() > 0) {
				halfBuilt.countDown();
				awaitRelease(resume);
			}
		};
		CountDownLatch built = new CountDownLatch(1);
		this.rebuilds.beforeSwap = (rebuild) -> {
			built.countDown();
			awaitRelease(this.release);
		};

		// When an administrator starts a rebuild
		MvcTestResult started = post(ADMIN);
		assertThat(started).hasStatus(HttpStatus.ACCEPTED);
		String location = started.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(location).matches("http://localhost/api/reports/rebuilds/[0-9a-f-]{36}");

		// Then, half-built, the figures served are the whole previous ones
		await().atMost(DEADLINE).until(() -> halfBuilt.getCount() == 0);
		Map<String, Object> half = progress(location);
		assertThat(half).containsEntry("status", "RUNNING");
		assertThat(number(half, "total")).isEqualTo(onTheTopics);
		assertThat(number(half, "processed")).isPositive().isLessThan(onTheTopics);
		assertThat(figures()).isEqualTo(before);
		// and so is every read while the rest of it is built
		List<Map<Integer, Map<String, Long>>> whileBuilding = new ArrayList<>();
		resume.countDown();
		await().atMost(DEADLINE).until(() -> {
			whileBuilding.add(figures());
			return built.getCount() == 0;
		});
		assertThat(whileBuilding).isNotEmpty().allSatisfy((read) -> assertThat(read).isEqualTo(before));
		Map<String, Object> paused = progress(location);
		assertThat(paused).containsEntry("status", "RUNNING");
		assertThat(paused.get("processed")).isEqualTo(paused.get("total"));
		// and a fact consumed meanwhile, after the rebuild's end offsets, counts at once
		String project = UUID.randomUUID().toString();
		this.publisher.publish(FactPublisher.record(
				new ProjectWelcomed(project, project, Programme.OTHER, LocalDate.of(2087, 3, 2), "Dijon", null),
				"accompaniment-service", Instant.parse("2087-03-02T10:00:00Z")));
		Map<Integer, Map<String, Long>> after = new LinkedHashMap<>(before);
		Map<String, Long> moved2087 = new LinkedHashMap<>(before.get(2087));
		moved2087.merge(KEY_2087, 1L, Long::sum);
		moved2087.merge("accompaniment.projectsWelcomed.total", 1L, Long::sum);
		after.put(2087, moved2087);
		List<Map<Integer, Map<String, Long>>> reads = new ArrayList<>();
		await().atMost(DEADLINE).until(() -> {
			reads.add(figures());
			return reads.getLast().equals(after);
		});

		// When the rebuild swaps
		this.release.countDown();

		// Then every read is the whole previous figures or the whole new ones, and the
		// rebuild completes, having read every record and skipped exactly those that are
		// not facts
		await().atMost(DEADLINE).until(() -> {
			reads.add(figures());
			return !"RUNNING".equals(progress(location).get("status"));
		});
		assertThat(reads).allSatisfy((read) -> assertThat(read).isIn(before, after));
		Map<String, Object> completed = progress(location);
		assertThat(completed).containsEntry("status", "COMPLETED").containsKeys("startedAt", "finishedAt");
		assertThat(completed).doesNotContainKey("error");
		assertThat(number(completed, "total")).isEqualTo(onTheTopics);
		assertThat(number(completed, "processed")).isEqualTo(onTheTopics);
		assertThat(number(completed, "skipped")).isEqualTo(setAside);
		// and the figures are the same, the fact consumed meanwhile included
		assertThat(figures()).isEqualTo(after);

		// and a fact consumed after the swap counts in the new generation
		String another = UUID.randomUUID().toString();
		this.publisher.publish(FactPublisher.record(
				new ProjectWelcomed(another, another, Programme.OTHER, LocalDate.of(2087, 4, 6), "Dijon", null),
				"accompaniment-service", Instant.parse("2087-04-06T10:00:00Z")));
		await().atMost(DEADLINE)
			.untilAsserted(() -> assertThat(figures().get(2087)).containsEntry(KEY_2087, moved2087.get(KEY_2087) + 1));
	}

	@Test
	void refusesASecondRebuildWhileOneRunsNamingTheRunningOne() {
		// Given a running rebuild, paused before its swap
		this.rebuilds.beforeSwap = (rebuild) -> awaitRelease(this.release);
		MvcTestResult first = post(ADMIN);
		assertThat(first).hasStatus(HttpStatus.ACCEPTED);
		String running = first.getResponse().getHeader(HttpHeaders.LOCATION);

		// When another is asked for
		MvcTestResult second = post(ADMIN);

		// Then it is refused with a problem that names the running one
		assertThat(second).hasStatus(HttpStatus.CONFLICT);
		assertThat(second.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo(running);
		assertThat(second.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(body(second)).containsEntry("status", 409)
			.containsEntry("type", "urn:pes21:problem:rebuild-running")
			.hasEntrySatisfying("detail", (detail) -> assertThat((String) detail).contains(pathOf(running)));

		// and once the running one is over, a new one may start
		this.release.countDown();
		await().atMost(DEADLINE).until(() -> "COMPLETED".equals(progress(running).get("status")));
		this.rebuilds.beforeSwap = (rebuild) -> {
		};
		MvcTestResult third = post(ADMIN);
		assertThat(third).hasStatus(HttpStatus.ACCEPTED);
		String next = third.getResponse().getHeader(HttpHeaders.LOCATION);
		await().atMost(DEADLINE).until(() -> "COMPLETED".equals(progress(next).get("status")));
	}

	@Test
	void onlyAdministratorsRebuildOrFollowARebuild() {
		assertThat(post(STAFF)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(TestTokens.bearer("ana", "READER"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get()
			.uri("/api/reports/rebuilds/{id}", UUID.randomUUID())
			.header(HttpHeaders.AUTHORIZATION, STAFF)
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anUnknownRebuildIsNotFound() {
		MvcTestResult unknown = this.mvc.get()
			.uri("/api/reports/rebuilds/{id}", UUID.randomUUID())
			.header(HttpHeaders.AUTHORIZATION, ADMIN)
			.exchange();
		assertThat(unknown).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(unknown.getResponse().getContentType()).startsWith("application/problem+json");
	}

	private static void awaitRelease(CountDownLatch release) {
		try {
			// A bound, so that a failed test never leaves the rebuild hanging.
			release.await(DEADLINE.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Generated welcomes of 2087 (fresh ids), as the accompaniment service publishes
	 * them.
	 */
	private static List<ProducerRecord<String, byte[]>> welcomes2087(int count) {
		List<ProducerRecord<String, byte[]>> welcomes = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String project = UUID.randomUUID().toString();
			LocalDate day = LocalDate.of(2087, 1, 1).plusDays(i % 365);
			welcomes
				.add(FactPublisher.record(new ProjectWelcomed(project, project, Programme.CRDVA, day, "Dijon", null),
						"accompaniment-service", day.atTime(9, 0).toInstant(ZoneOffset.UTC)));
		}
		return welcomes;
	}

	/**
	 * The records on the four fact topics now (end offsets minus beginning ones): what a
	 * rebuild started now reads.
	 */
	private static long recordsOnTheTopics() {
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, FactPublisher.bootstrapServers()),
				new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = new ArrayList<>();
			TOPICS.forEach((topic) -> consumer.partitionsFor(topic)
				.forEach((partition) -> partitions.add(new TopicPartition(topic, partition.partition()))));
			Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			return partitions.stream().mapToLong((partition) -> ends.get(partition) - beginnings.get(partition)).sum();
		}
	}

	/**
	 * The records of the four topics this context's consumers set aside as not facts (its
	 * group read every record of the topics since they were created).
	 */
	private long deadLettersCounted() {
		return TOPICS.stream()
			.mapToLong((topic) -> (long) this.meters.get(DeadLetters.METRIC).tag("topic", topic).counter().count())
			.sum();
	}

	private MvcTestResult post(String token) {
		return this.mvc.post().uri("/api/reports/rebuild").header(HttpHeaders.AUTHORIZATION, token).exchange();
	}

	private Map<String, Object> progress(String location) {
		MvcTestResult result = this.mvc.get().uri(pathOf(location)).header(HttpHeaders.AUTHORIZATION, ADMIN).exchange();
		assertThat(result).hasStatusOk();
		return body(result);
	}

	private static Map<String, Object> body(MvcTestResult result) {
		return json.readValue(result.getResponse().getContentAsByteArray(), new TypeReference<>() {
		});
	}

	private static long number(Map<String, Object> progress, String name) {
		return ((Number) progress.get(name)).longValue();
	}

	private static String pathOf(String location) {
		return location.replaceFirst("^https?://[^/]+", "");
	}

	private Map<Integer, Map<String, Long>> figures() {
		Map<Integer, Map<String, Long>> figures = new LinkedHashMap<>();
		YEARS.forEach((year) -> figures.put(year, Reports.indicators(this.mvc, year)));
		return figures;
	}

}
