package fr.pes21.gateway.routing;

import java.time.Duration;
import java.util.Map;

import fr.pes21.gateway.GatewayIntegrationTest;
import fr.pes21.gateway.correlation.CorrelationId;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.test.web.reactive.server.FluxExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/reports/live} through the whole gateway (security, correlation id, size
 * limit, routing) against a {@link SlowEventStream}, with a one-second response timeout
 * on every route: each event must reach the client while the service still holds the next
 * one, and a silence longer than the timeout must not cut the stream. A context of its
 * own: its reporting route goes to the slow stream, not to the shared stub.
 */
@WithRealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pes21.admin-password=" + GatewayIntegrationTest.ADMIN_PASSWORD,
				"pes21.jwt.secret=" + GatewayIntegrationTest.JWT_SECRET,
				"spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s" })
@AutoConfigureWebTestClient(timeout = "PT1M")
class LiveStreamIntegrationTests {

	private static final ParameterizedTypeReference<ServerSentEvent<String>> EVENT = new ParameterizedTypeReference<>() {
	};

	private static final SlowEventStream reporting = SlowEventStream.start();

	@DynamicPropertySource
	static void pointReportingAtTheSlowStream(DynamicPropertyRegistry registry) {
		registry.add("REPORTING_URL", reporting::baseUrl);
	}

	@Autowired
	WebTestClient client;

	@LocalServerPort
	int port;

	@AfterAll
	static void stopTheStream() {
		reporting.stop();
	}

	@Test
	void passesEachEventOnAsSoonAsTheServiceSendsItEvenAfterASilenceLongerThanTheResponseTimeout() {
		Flux<ServerSentEvent<String>> events = WebClient.create("http://localhost:" + this.port)
			.get()
			.uri("/api/reports/live")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.accept(MediaType.TEXT_EVENT_STREAM)
			.retrieve()
			.bodyToFlux(EVENT);

		StepVerifier.create(events)
			.expectSubscription()
			// longer than the response timeout, which must not apply to this route
			.expectNoEvent(Duration.ofMillis(1500))
			.then(reporting::sendNext)
			.assertNext((event) -> assertIndicator(event, "1"))
			.then(reporting::sendNext)
			.assertNext((event) -> assertIndicator(event, "2"))
			.then(reporting::sendNext)
			.assertNext((event) -> assertIndicator(event, "3"))
			.expectComplete()
			.verify(Duration.ofSeconds(20));
	}

	@Test
	void forwardsLastEventIdSoTheServiceCanResumeAfterIt() throws InterruptedException {
		reporting.sendNext();
		FluxExchangeResult<ServerSentEvent<String>> result = this.client.get()
			.uri("/api/reports/live")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.header("Last-Event-ID", "41")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.returnResult(EVENT);

		assertThat(result.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(result.getResponseHeaders().getContentType())
			.satisfies((type) -> assertThat(type.isCompatibleWith(MediaType.TEXT_EVENT_STREAM)).isTrue());
		assertThat(result.getResponseHeaders().getFirst(CorrelationId.HEADER)).isNotBlank();
		StepVerifier.create(result.getResponseBody())
			.assertNext((event) -> assertIndicator(event, "42"))
			.then(reporting::sendNext)
			.assertNext((event) -> assertIndicator(event, "43"))
			.then(reporting::sendNext)
			.assertNext((event) -> assertIndicator(event, "44"))
			.expectComplete()
			.verify(Duration.ofSeconds(20));
		assertThat(reporting.lastEventIdReceived()).isEqualTo("41");
	}

	@Test
	void keepsTheResponseTimeoutForTheOtherReportingPaths() {
		this.client.get()
			.uri("/api/reports/years/2024")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.GATEWAY_TIMEOUT)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private String adminToken() {
		return (String) this.client.post()
			.uri("/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", "admin", "password", GatewayIntegrationTest.ADMIN_PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody()
			.get("access_token");
	}

	private static void assertIndicator(ServerSentEvent<String> event, String id) {
		assertThat(event.id()).isEqualTo(id);
		assertThat(event.event()).isEqualTo("indicator");
		assertThat(event.data()).contains("\"key\":\"dla.structuresWelcomed\"", "\"value\":" + id);
	}

}
