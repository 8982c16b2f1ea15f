package fr.pes21.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import fr.pes21.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

class TokenEndpointIntegrationTests extends GatewayIntegrationTest {

	@Test
	void issuesABearerTokenToAdminWithThePasswordFromTheEnvironment() {
		this.client.post()
			.uri("/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", "admin", "password", ADMIN_PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.access_token")
			.isNotEmpty()
			.jsonPath("$.token_type")
			.isEqualTo("Bearer")
			.jsonPath("$.expires_in")
			.isEqualTo(Duration.ofHours(8).toSeconds());
	}

	@Test
	void signsTokensThatDecodeWithTheSharedSecretAndCarryTheAdminRole() {
		String token = adminToken();

		Jwt jwt = decodeWithSharedSecret(token);

		assertThat(jwt.getSubject()).isEqualTo("admin");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("ADMIN");
		assertThat(jwt.getClaimAsString("iss")).isEqualTo("pes21");
		assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofHours(8));
	}

	@Test
	void issuesAConfiguredUserATokenWithTheirRoles() {
		String token = tokenFor("rita", READER_PASSWORD);

		Jwt jwt = decodeWithSharedSecret(token);

		assertThat(jwt.getSubject()).isEqualTo("rita");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("READER");
	}

	@Test
	void refusesAWrongPasswordWith401() {
		var response = this.client.post()
			.uri("/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", "admin", "password", "not-the-password"))
			.exchange();

		expectProblem(response, HttpStatus.UNAUTHORIZED, "unauthenticated").jsonPath("$.access_token").doesNotExist();
	}

	@Test
	void refusesAnUnknownUserWith401() {
		var response = this.client.post()
			.uri("/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", "nobody", "password", ADMIN_PASSWORD))
			.exchange();

		expectProblem(response, HttpStatus.UNAUTHORIZED, "unauthenticated");
	}

	@Test
	void answersAMalformedTokenRequestWith400() {
		var response = this.client.post()
			.uri("/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"username\": \"admin\", ")
			.exchange();

		expectProblem(response, HttpStatus.BAD_REQUEST, "malformed-body");
	}

	@Test
	void answersATokenRequestWithoutPasswordWith400ListingTheField() {
		var response = this.client.post()
			.uri("/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", "admin"))
			.exchange();

		expectProblem(response, HttpStatus.BAD_REQUEST, "validation").jsonPath("$.errors[0].field")
			.isEqualTo("password");
	}

	@Test
	void issuesATokenEvenWhenAStaleTokenIsSentAlong() {
		this.client.post()
			.uri("/auth/token")
			.header(HttpHeaders.AUTHORIZATION, "Bearer stale.or.broken")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", "admin", "password", ADMIN_PASSWORD))
			.exchange()
			.expectStatus()
			.isOk();
	}

	private static Jwt decodeWithSharedSecret(String token) {
		var key = new SecretKeySpec(JWT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		return NimbusReactiveJwtDecoder.withSecretKey(key)
			.macAlgorithm(MacAlgorithm.HS256)
			.build()
			.decode(token)
			.block();
	}

}
