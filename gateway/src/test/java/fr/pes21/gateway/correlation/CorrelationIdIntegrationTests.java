package fr.pes21.gateway.correlation;

import java.util.UUID;

import fr.pes21.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationIdIntegrationTests extends GatewayIntegrationTest {

	@Test
	void createsACorrelationIdWhenTheCallerSentNoneAndGivesItToTheServiceAndTheCaller() {
		String answered = this.client.get()
			.uri("/api/accompaniment/projects")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst(CorrelationId.HEADER);

		assertThat(UUID.fromString(answered)).isNotNull();
		assertThat(service.nextRequest().headers().getFirst(CorrelationId.HEADER)).isEqualTo(answered);
	}

	@Test
	void keepsTheCorrelationIdTheCallerSent() {
		this.client.get()
			.uri("/api/accompaniment/projects")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.header(CorrelationId.HEADER, "front-42")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(CorrelationId.HEADER, "front-42");

		assertThat(service.nextRequest().headers().get(CorrelationId.HEADER)).containsExactly("front-42");
	}

	@Test
	void replacesACorrelationIdUnfitForHeadersAndLogs() {
		String answered = this.client.get()
			.uri("/api/accompaniment/projects")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.header(CorrelationId.HEADER, "x".repeat(500))
			.exchange()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst(CorrelationId.HEADER);

		assertThat(UUID.fromString(answered)).isNotNull();
	}

	@Test
	void putsTheCorrelationIdOnTheGatewaysOwnErrors() {
		var response = this.client.get()
			.uri("/api/accompaniment/projects")
			.header(CorrelationId.HEADER, "front-43")
			.exchange();

		response.expectHeader().valueEquals(CorrelationId.HEADER, "front-43");
		expectProblem(response, HttpStatus.UNAUTHORIZED, "unauthenticated").jsonPath("$.correlationId")
			.isEqualTo("front-43");
	}

}
