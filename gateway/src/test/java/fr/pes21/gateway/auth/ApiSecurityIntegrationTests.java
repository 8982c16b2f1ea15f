package fr.pes21.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import fr.pes21.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class ApiSecurityIntegrationTests extends GatewayIntegrationTest {

	@Test
	void refusesAnonymousApiCallsWith401() {
		var response = this.client.get().uri("/api/accompaniment/projects").exchange();

		response.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		expectProblem(response, HttpStatus.UNAUTHORIZED, "unauthenticated").jsonPath("$.instance")
			.isEqualTo("/api/accompaniment/projects");
		assertThat(service.receivedNothing()).isTrue();
	}

	@Test
	void refusesATokenSignedWithAnotherSecretWith401() {
		String forged = signWith("another-secret-that-is-32-bytes-long!!", "admin");

		var response = this.client.get()
			.uri("/api/accompaniment/projects")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + forged)
			.exchange();

		response.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
		expectProblem(response, HttpStatus.UNAUTHORIZED, "unauthenticated");
		assertThat(service.receivedNothing()).isTrue();
	}

	@Test
	void refusesAReaderOnAdminOnlyEndpointsWith403() {
		String readerToken = tokenFor("rita", READER_PASSWORD);

		var response = this.client.get()
			.uri("/actuator/env")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + readerToken)
			.exchange();

		expectProblem(response, HttpStatus.FORBIDDEN, "forbidden");
	}

	@Test
	void leavesHealthProbesOpen() {
		this.client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		this.client.get().uri("/livez").exchange().expectStatus().isOk();
	}

	@Test
	void servesTheStaffApplicationAndItsFilesWithoutToken() {
		for (String page : new String[] { "/", "/index.html" }) {
			this.client.get()
				.uri(page)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.TEXT_HTML)
				.expectBody(String.class)
				.value((html) -> assertThat(html).contains("<html lang=\"fr\">", "/assets/index-"));
		}
		this.client.get().uri("/favicon.svg").exchange().expectStatus().isOk();
	}

	@Test
	void stillRefusesTheReportsTheDashboardShowsWithoutToken() {
		expectProblem(this.client.get().uri("/api/reports/years/2024").exchange(), HttpStatus.UNAUTHORIZED,
				"unauthenticated");
		expectProblem(this.client.get().uri("/api/reports/live").exchange(), HttpStatus.UNAUTHORIZED,
				"unauthenticated");
		assertThat(service.receivedNothing()).isTrue();
	}

	private static String signWith(String secret, String subject) {
		var key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		var encoder = NimbusJwtEncoder.withSecretKey(key).algorithm(MacAlgorithm.HS256).build();
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer("pes21")
			.subject(subject)
			.claim("roles", List.of("ADMIN"))
			.issuedAt(now)
			.expiresAt(now.plusSeconds(600))
			.build();
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

}
