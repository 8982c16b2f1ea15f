package fr.pes21.reporting.rebuild;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import fr.pes21.reporting.territory.TerritoryDataset;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.apache.kafka.clients.producer.ProducerRecord;
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
 * their figures do not move), a poison record among them, then a rebuild paused just
 * before its swap by {@link Rebuilds#beforeSwap}. The DLA facts hold both versions of
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

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Rebuilds rebuilds;

	private final FactPublisher publisher = new FactPublisher();

	private final CountDownLatch release = new CountDownLatch(1);

	@AfterEach
	void releaseAndClose() {
		this.release.countDown();
		this.rebuilds.beforeSwap = (rebuild) -> {
		};
		this.publisher.close();
	}

	@Test
	void rebuildsEveryReadModelAsideThenSwapsWithoutServingHalfBuiltFiguresNorLosingFactsArrivingMeanwhile() {
		// Given the datasets and a poison record, consumed
		List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
		records.addAll(DlaDataset.published2024());
		records.addAll(DlaPathwayScenario.published());
		records.addAll(TerritoryDataset.published2024());
		records.addAll(EventsDataset.published2024());
		records.forEach(this.publisher::publish);
		this.publisher
			.publish(new ProducerRecord<>(Topics.TERRITORY, "poison", "not a fact".getBytes(StandardCharsets.UTF_8)));
		List.of(Topics.ACCOMPANIMENT, Topics.DLA, Topics.TERRITORY, Topics.EVENTS)
			.forEach((topic) -> FactPublisher.awaitEverythingConsumed(topic, DEADLINE));
		Map<Integer, Map<String, Long>> before = figures();
		assertThat(Reports.ofContext(before.get(2024), "dla")).containsEntry("dla.structuresWelcomed", 28L)
			.containsEntry("dla.individualDiagnostics", 14L);
		assertThat(Reports.ofContext(before.get(2041), "dla")).containsEntry("dla.individualDiagnostics", 1L);
		assertThat(Reports.ofContext(before.get(2042), "dla")).containsEntry("dla.collectiveEngineeringBeneficiaries",
				4L);
		// and a rebuild that will pause once built aside, before its swap
		CountDownLatch built = new CountDownLatch(1);
		this.rebuilds.beforeSwap = (rebuild) -> {
			built.countDown();
			awaitRelease();
		};

		// When an administrator starts a rebuild
		MvcTestResult started = post(ADMIN);
		assertThat(started).hasStatus(HttpStatus.ACCEPTED);
		String location = started.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(location).matches("http://localhost/api/reports/rebuilds/[0-9a-f-]{36}");

		// Then, while it runs, the figures served are the whole previous ones, never a
		// part of the generation being built
		await().atMost(DEADLINE).untilAsserted(() -> {
			assertThat(figures()).isEqualTo(before);
			assertThat(built.getCount()).isZero();
		});
		Map<String, Object> paused = progress(location);
		assertThat(paused).containsEntry("status", "RUNNING");
		assertThat(paused.get("processed")).isEqualTo(paused.get("total"));
		assertThat(((Number) paused.get("total")).longValue()).isGreaterThanOrEqualTo(records.size() + 1);
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
		await().atMost(DEADLINE).untilAsserted(() -> assertThat(figures()).isEqualTo(after));

		// When the rebuild swaps
		this.release.countDown();

		// Then it completes, having read every record and skipped the poison one, and
		// the figures are the same, the fact consumed meanwhile included
		await().atMost(DEADLINE).until(() -> !"RUNNING".equals(progress(location).get("status")));
		Map<String, Object> completed = progress(location);
		assertThat(completed).containsEntry("status", "COMPLETED").containsKeys("startedAt", "finishedAt");
		assertThat(completed).doesNotContainKey("error");
		assertThat(completed.get("processed")).isEqualTo(completed.get("total"));
		assertThat(((Number) completed.get("skipped")).longValue()).isPositive();
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
		this.rebuilds.beforeSwap = (rebuild) -> awaitRelease();
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

	private void awaitRelease() {
		try {
			// A bound, so that a failed test never leaves the rebuild hanging.
			this.release.await(DEADLINE.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
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

	private static String pathOf(String location) {
		return location.replaceFirst("^https?://[^/]+", "");
	}

	private Map<Integer, Map<String, Long>> figures() {
		Map<Integer, Map<String, Long>> figures = new LinkedHashMap<>();
		YEARS.forEach((year) -> figures.put(year, Reports.indicators(this.mvc, year)));
		return figures;
	}

}
