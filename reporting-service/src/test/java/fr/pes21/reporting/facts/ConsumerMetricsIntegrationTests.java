package fr.pes21.reporting.facts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.contracts.accompaniment.ProjectWelcomed;
import fr.pes21.reporting.FactPublisher;
import fr.pes21.reporting.Reports;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumption metrics as Prometheus scrapes them, after a fact was consumed. The year
 * 2089 belongs to this test.
 */
@WithRealInfrastructure
@SpringBootTest
@AutoConfigureMockMvc
class ConsumerMetricsIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	private final FactPublisher publisher = new FactPublisher();

	@AfterEach
	void closePublisher() {
		this.publisher.close();
	}

	@Test
	void exposesTheProjectionDelayTheConsumerLagAndTheDeadLettersToPrometheus() {
		long before = welcomed();
		String project = UUID.randomUUID().toString();
		this.publisher.publish(FactPublisher.record(
				new ProjectWelcomed(project, project, Programme.OTHER, LocalDate.of(2089, 1, 2), "Dijon", null),
				"accompaniment-service", Instant.now()));
		await().atMost(Duration.ofSeconds(60)).until(() -> welcomed() == before + 1);

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			String scrape = prometheus();
			// the timer, with its histogram, for the context that consumed the fact
			assertThat(scrape)
				.containsPattern(
						"pes21_reporting_projection_delay_seconds_count\\{[^}]*context=\"accompaniment\"[^}]*\\} [1-9]")
				.containsPattern("pes21_reporting_projection_delay_seconds_bucket\\{[^}]*context=\"accompaniment\"")
				// the dead letters, 0 included, per topic
				.containsPattern("pes21_reporting_dead_letters_total\\{[^}]*topic=\"pes21.accompaniment.events\"")
				// the consumer lag of the binder's consumer of each topic (Spring Kafka's
				// Micrometer listener on the binder's consumer factory)
				.containsPattern(
						"kafka_consumer_fetch_manager_records_lag_max\\{[^}]*spring_id=\"pes21.accompaniment.events.consumer")
				.containsPattern(
						"kafka_consumer_fetch_manager_records_lag_max\\{[^}]*spring_id=\"pes21.events.events.consumer");
		});
	}

	private String prometheus() {
		MvcTestResult result = this.mvc.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.METRICS_SCRAPE)
			.exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private long welcomed() {
		return Reports.indicators(this.mvc, 2089).get("accompaniment.projectsWelcomed.OTHER");
	}

}
