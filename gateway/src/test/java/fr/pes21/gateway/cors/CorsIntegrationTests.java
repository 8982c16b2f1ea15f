package fr.pes21.gateway.cors;

import fr.pes21.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

class CorsIntegrationTests extends GatewayIntegrationTest {

	private static final String FRONT_END = "http://localhost:5173";

	@Test
	void allowsAPreflightFromTheConfiguredOrigin() {
		this.client.options()
			.uri("/api/accompaniment/projects")
			.header(HttpHeaders.ORIGIN, FRONT_END)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type,idempotency-key")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONT_END)
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, (methods) -> assertThat(methods).contains("POST"))
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
					(headers) -> assertThat(headers.toLowerCase()).contains("authorization", "idempotency-key"));
		assertThat(service.receivedNothing()).isTrue();
	}

	@Test
	void allowsTheWebApplicationToPatchAnAccountAndReadALoginsRetryAfter() {
		this.client.options()
			.uri("/api/accounts/marie")
			.header(HttpHeaders.ORIGIN, FRONT_END)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PATCH")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, (methods) -> assertThat(methods).contains("PATCH"));
		this.client.post()
			.uri("/auth/token")
			.header(HttpHeaders.ORIGIN, FRONT_END)
			.header(HttpHeaders.CONTENT_TYPE, "application/json")
			.bodyValue("{}")
			.exchange()
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, (headers) -> assertThat(headers).contains("Retry-After"));
	}

	@Test
	void refusesAPreflightFromAnotherOrigin() {
		this.client.options()
			.uri("/api/accompaniment/projects")
			.header(HttpHeaders.ORIGIN, "https://elsewhere.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.FORBIDDEN)
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void exposesLocationAndCorrelationIdToTheConfiguredOrigin() {
		this.client.get()
			.uri("/api/accompaniment/projects")
			.header(HttpHeaders.ORIGIN, FRONT_END)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONT_END)
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
					(exposed) -> assertThat(exposed).contains("Location", "X-Correlation-Id"));
	}

}
