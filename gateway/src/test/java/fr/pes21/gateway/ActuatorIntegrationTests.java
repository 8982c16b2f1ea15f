package fr.pes21.gateway;

import java.time.Duration;

import fr.pes21.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

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

	@Test
	void servesTheMetricsToPrometheusScrapeTokenOnly() {
		for (String metrics : new String[] { "/actuator/prometheus", "/actuator/metrics",
				"/actuator/metrics/jvm.memory.used" }) {
			var anonymous = this.client.get().uri(metrics).exchange();
			anonymous.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"metrics\"");
			expectProblem(anonymous, HttpStatus.UNAUTHORIZED, "unauthenticated");
			expectProblem(this.client.get()
				.uri(metrics)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
				.exchange(), HttpStatus.UNAUTHORIZED, "unauthenticated");
			this.client.get()
				.uri(metrics)
				.header(HttpHeaders.AUTHORIZATION, TestTokens.METRICS_SCRAPE)
				.exchange()
				.expectStatus()
				.isOk();
		}
	}

	private String scrape() {
		// A scrape outgrows the client's default 256 KB buffer once many requests were
		// served.
		return this.client.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build()
			.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.METRICS_SCRAPE)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
