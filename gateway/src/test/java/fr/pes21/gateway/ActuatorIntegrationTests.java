package fr.pes21.gateway;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ActuatorIntegrationTests extends GatewayIntegrationTest {

	@Test
	void servesLivenessAndReadinessOnTheMainPort() {
		this.client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		this.client.get().uri("/readyz").exchange().expectStatus().isOk();
	}

	@Test
	void exposesPrometheusMetricsTaggedWithApplicationAndService() {
		this.client.get().uri("/actuator/health").exchange().expectStatus().isOk();

		// The server records a request once its response is complete: wait for the scrape
		// to show it.
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(scrape()).contains("http_server_requests_seconds_bucket{application=\"gateway\"")
						.contains("service=\"gateway\""));
	}

	private String scrape() {
		// A scrape outgrows the client's default 256 KB buffer once many requests were
		// served.
		return this.client.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build()
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
