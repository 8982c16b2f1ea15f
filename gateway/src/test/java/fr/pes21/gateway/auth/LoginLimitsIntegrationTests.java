package fr.pes21.gateway.auth;

import java.util.Map;

import fr.pes21.gateway.GatewayIntegrationTest;
import fr.pes21.testsupport.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login's limits through the whole gateway. Each test logs in from addresses of its
 * own (X-Forwarded-For, which the gateway believes from loopback, a trusted proxy).
 */
class LoginLimitsIntegrationTests extends GatewayIntegrationTest {

	@Autowired
	MeterRegistry meters;

	@Test
	void refusesAnAccountsSixthFailedLoginWith429AndRetryAfterEvenWithTheRightPassword() {
		openAccount("lea", "Léa", java.util.List.of("READER"), "trois-pommes-sur-le-buffet");
		for (int i = 0; i < 5; i++) {
			login("lea", "pas-le-bon-mot-de-passe", "198.51.100." + (10 + i)).expectStatus().isUnauthorized();
		}

		var refused = login("lea", "trois-pommes-sur-le-buffet", "198.51.100.20");

		refused.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, (seconds) -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
		expectProblem(refused, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests").jsonPath("$.access_token")
			.doesNotExist();
	}

	@Test
	void limitsAnAccountThatDoesNotExistExactlyAsOneThatDoes() {
		for (int i = 0; i < 5; i++) {
			login("personne", "pas-le-bon-mot-de-passe", "198.51.100." + (30 + i)).expectStatus().isUnauthorized();
		}

		expectProblem(login("personne", "pas-le-bon-mot-de-passe", "198.51.100.40"), HttpStatus.TOO_MANY_REQUESTS,
				"too-many-requests");
	}

	@Test
	void limitsTheFailedLoginsOfOneAddressWhateverTheAccounts() {
		for (int i = 0; i < 20; i++) {
			login("account-" + i, "pas-le-bon-mot-de-passe", "203.0.113.50").expectStatus().isUnauthorized();
		}

		expectProblem(login(READER, READER_PASSWORD, "203.0.113.50"), HttpStatus.TOO_MANY_REQUESTS,
				"too-many-requests");
		login(READER, READER_PASSWORD, "203.0.113.51").expectStatus().isOk();
	}

	@Test
	void countsFailedLoginsInTheirMetric() {
		double before = logins("failed");

		login("nobody-at-all", "pas-le-bon-mot-de-passe", "198.51.100.60").expectStatus().isUnauthorized();
		login(READER, READER_PASSWORD, "198.51.100.60").expectStatus().isOk();

		assertThat(logins("failed") - before).isEqualTo(1);
		String scrape = this.client.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build()
			.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.METRICS_SCRAPE)
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(scrape).contains("pes21_logins_total{", "outcome=\"failed\"", "outcome=\"limited\"",
				"outcome=\"succeeded\"");
	}

	private double logins(String outcome) {
		return this.meters.get("pes21.logins").tag("outcome", outcome).counter().count();
	}

	private WebTestClient.ResponseSpec login(String username, String password, String address) {
		return this.client.post()
			.uri("/auth/token")
			.header("X-Forwarded-For", address)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", username, "password", password))
			.exchange();
	}

}
