package fr.pes21.dla.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import fr.pes21.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The pending deliveries as Prometheus scrapes them from the service. */
@WebhookIntegrationTest
class PendingDeliveriesIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private DeliveryQueue queue;

	private final String subscription = "pending-" + UUID.randomUUID();

	@AfterEach
	void cancelTheirDeliveries() {
		this.queue.cancelPending(this.subscription);
	}

	@Test
	void exposesTheDeliveriesWaitingForAnAttempt() {
		// Due in a year: no sender takes them during the test.
		Instant now = Instant.now();
		Instant later = now.plus(365, ChronoUnit.DAYS);
		this.queue.enqueue(IntStream.range(0, 3)
			.mapToObj((i) -> WebhookDelivery.pending(this.subscription, "event " + i,
					"fr.pes21.dla.StructureWelcomed.v1", now, "{}", later, now))
			.toList());

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(pending()).isGreaterThanOrEqualTo(3));
	}

	private double pending() {
		MvcTestResult result = this.mvc.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.METRICS_SCRAPE)
			.exchange();
		assertThat(result).hasStatusOk();
		List<String> samples = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).lines()
			.filter((line) -> line.startsWith("pes21_webhook_pending{") && line.contains("service=\"dla-service\""))
			.toList();
		assertThat(samples).hasSize(1);
		String sample = samples.getFirst();
		return Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
	}

}
