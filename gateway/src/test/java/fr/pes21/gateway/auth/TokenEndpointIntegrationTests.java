package fr.pes21.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.spec.SecretKeySpec;

import fr.pes21.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
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
			.isEqualTo(Duration.ofMinutes(30).toSeconds())
			.jsonPath("$.refresh_token")
			.isNotEmpty()
			.jsonPath("$.refresh_expires_in")
			.isEqualTo(Duration.ofHours(12).toSeconds());
	}

	@Test
	void signsTokensThatDecodeWithTheSharedSecretAndCarryTheAdminRole() {
		String token = adminToken();

		Jwt jwt = decodeWithSharedSecret(token);

		assertThat(jwt.getSubject()).isEqualTo("admin");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("ADMIN");
		assertThat(jwt.getClaimAsString("name")).isEqualTo("Administrateur");
		assertThat(jwt.getClaimAsString("sid")).isNotBlank();
		assertThat(jwt.getClaimAsString("iss")).isEqualTo("pes21");
		assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void issuesAnAccountATokenWithItsRolesAndDisplayName() {
		String token = tokenFor(READER, READER_PASSWORD);

		Jwt jwt = decodeWithSharedSecret(token);

		assertThat(jwt.getSubject()).isEqualTo("rita");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("READER");
		assertThat(jwt.getClaimAsString("name")).isEqualTo("Rita Lecture");
	}

	@Test
	void logsAnAccountInWhateverTheCaseOfItsName() {
		assertThat(decodeWithSharedSecret(tokenFor("Rita", READER_PASSWORD)).getSubject()).isEqualTo("rita");
	}

	@Test
	void neverLetsACacheKeepTheTokens() {
		this.client.post()
			.uri("/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", "admin", "password", ADMIN_PASSWORD))
			.exchange()
			.expectHeader()
			.cacheControl(org.springframework.http.CacheControl.noStore());
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
	void answersAnUnknownUserExactlyAsAWrongPassword() {
		Map<String, Object> unknownUser = failedLogin("nobody", ADMIN_PASSWORD);
		Map<String, Object> wrongPassword = failedLogin("rita", "not-ritas-password");

		assertThat(unknownUser).isEqualTo(wrongPassword).containsEntry("type", "urn:pes21:problem:unauthenticated");
	}

	/**
	 * The whole refusal (status, headers' type, problem members) but for the correlation
	 * id, which differs by request.
	 */
	private Map<String, Object> failedLogin(String username, String password) {
		Map<String, Object> problem = this.client.post()
			.uri("/auth/token")
			.header("X-Forwarded-For", "198.51.100.71")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", username, "password", password))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		Map<String, Object> withoutId = new TreeMap<>(problem);
		withoutId.remove("correlationId");
		return withoutId;
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
