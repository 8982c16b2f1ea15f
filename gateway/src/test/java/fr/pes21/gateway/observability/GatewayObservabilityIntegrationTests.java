package fr.pes21.gateway.observability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import fr.pes21.gateway.GatewayIntegrationTest;
import fr.pes21.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway starts the trace of a request (or continues the caller's), hands it to the
 * service it routes to, measures each route, and names the request's correlation id and
 * trace id on the lines it logs for it.
 */
@ExtendWith(OutputCaptureExtension.class)
class GatewayObservabilityIntegrationTests extends GatewayIntegrationTest {

	static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	static final String CALLER_SPAN_ID = "00f067aa0ba902b7";

	static final List<String> VERBOSE = List.of("org.springframework.cloud.gateway", "org.springframework.web",
			"fr.pes21");

	@Autowired
	LoggingSystem logging;

	@LocalServerPort
	int port;

	@BeforeEach
	void logEverythingAnOperatorCouldTurnOn() {
		VERBOSE.forEach((logger) -> this.logging.setLogLevel(logger, LogLevel.DEBUG));
	}

	@AfterEach
	void quietAgain() {
		VERBOSE.forEach((logger) -> this.logging.setLogLevel(logger, null));
	}

	@Test
	void continuesTheCallersTraceAndHandsItToTheService() {
		this.client.get()
			.uri("/api/accompaniment/projects")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN_ID + "-01")
			.exchange()
			.expectStatus()
			.isOk();

		String[] forwarded = service.nextRequest().headers().getFirst("traceparent").split("-");
		assertThat(forwarded[1]).isEqualTo(TRACE_ID);
		assertThat(forwarded[2]).matches("[0-9a-f]{16}").isNotEqualTo(CALLER_SPAN_ID);
	}

	@Test
	void startsATraceWhenTheCallerSentNone() {
		this.client.get()
			.uri("/api/accompaniment/projects")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.exchange()
			.expectStatus()
			.isOk();

		String[] forwarded = service.nextRequest().headers().getFirst("traceparent").split("-");
		assertThat(forwarded[1]).matches("[0-9a-f]{32}").isNotEqualTo(TRACE_ID);
		assertThat(forwarded[2]).matches("[0-9a-f]{16}");
		assertThat(Integer.parseInt(forwarded[3], 16) & 1).as("sampled").isEqualTo(1);
	}

	@Test
	void measuresEachRouteWithAHistogram() {
		this.client.get()
			.uri("/api/accompaniment/projects")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.exchange()
			.expectStatus()
			.isOk();

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(scrape()).containsPattern(
					"spring_cloud_gateway_requests_seconds_bucket\\{[^}]*application=\"gateway\"[^}]*routeId=\"accompaniment\""));
	}

	@Test
	void namesTheCorrelationIdAndTraceIdOnTheLinesItLogsForARequestAndNoPersonalData(CapturedOutput output)
			throws Exception {
		String email = "jeanne.martin@example.org";
		// A plain JDK client: the test's own WebTestClient would log the body it sends.
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/accompaniment/projects"))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.header("X-Correlation-Id", "gw-logs-1")
			.header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN_ID + "-01")
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
			.POST(HttpRequest.BodyPublishers.ofString("{\"holder\":\"Jeanne Martin\",\"email\":\"" + email + "\"}"))
			.build();
		int before = output.getAll().length();

		try (HttpClient http = HttpClient.newHttpClient()) {
			assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
		}

		String logs = output.getAll().substring(before);
		assertThat(logs).doesNotContain(email).doesNotContain("Jeanne Martin");
		// Every line logged while the gateway's filters handle the request (routing,
		// forwarding, answering) names both; the web server's own first and last lines
		// (before and after the filters) name the trace only.
		List<String> lines = logs.lines().filter((line) -> line.contains("[gw-logs-1,")).toList();
		assertThat(lines).anyMatch((line) -> line.contains("Route matched: accompaniment"))
			.allMatch((line) -> line.contains("[gw-logs-1," + TRACE_ID + ","));
	}

	/** With a plain client: the whole scrape is larger than WebTestClient buffers. */
	private String scrape() throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			HttpResponse<String> scrape = http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/prometheus"))
					.header(HttpHeaders.AUTHORIZATION, TestTokens.METRICS_SCRAPE)
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(scrape.statusCode()).isEqualTo(200);
			return scrape.body();
		}
	}

}
