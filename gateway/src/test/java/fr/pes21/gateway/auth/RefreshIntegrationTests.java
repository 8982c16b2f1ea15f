package fr.pes21.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import fr.pes21.gateway.GatewayIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshIntegrationTests extends GatewayIntegrationTest {

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void answersTheTokenShapeWithANewRefreshTokenAndTheOldOneUsedUp() {
		Map<String, Object> login = logIn(READER, READER_PASSWORD);

		Map<String, Object> refreshed = tokens(refresh((String) login.get("refresh_token")));

		assertThat(refreshed).containsOnlyKeys("access_token", "token_type", "expires_in", "refresh_token",
				"refresh_expires_in");
		assertThat(refreshed).containsEntry("token_type", "Bearer").containsEntry("expires_in", 1800);
		assertThat(refreshed.get("refresh_token")).isNotEqualTo(login.get("refresh_token"));
		expectProblem(refresh((String) login.get("refresh_token")), HttpStatus.UNAUTHORIZED, "unauthenticated");
	}

	@Test
	void endsTheWholeSessionWhenAUsedRefreshTokenComesBack() {
		Map<String, Object> login = logIn(READER, READER_PASSWORD);
		Map<String, Object> next = tokens(refresh((String) login.get("refresh_token")));

		// Someone replays the first one: whoever holds the second one is not the only
		// holder.
		expectProblem(refresh((String) login.get("refresh_token")), HttpStatus.UNAUTHORIZED, "unauthenticated");

		expectProblem(refresh((String) next.get("refresh_token")), HttpStatus.UNAUTHORIZED, "unauthenticated");
	}

	@Test
	void logoutAnswers204AndMakesTheRefreshTokenUnusable() {
		Map<String, Object> login = logIn(READER, READER_PASSWORD);

		post("/auth/logout", Map.of("refresh_token", login.get("refresh_token"))).expectStatus().isNoContent();

		expectProblem(refresh((String) login.get("refresh_token")), HttpStatus.UNAUTHORIZED, "unauthenticated");
		post("/auth/logout", Map.of("refresh_token", login.get("refresh_token"))).expectStatus().isNoContent();
		post("/auth/logout", Map.of("refresh_token", "never-issued")).expectStatus().isNoContent();
	}

	@Test
	void logoutEndsOnlyItsOwnSession() {
		Map<String, Object> here = logIn(READER, READER_PASSWORD);
		Map<String, Object> elsewhere = logIn(READER, READER_PASSWORD);

		post("/auth/logout", Map.of("refresh_token", here.get("refresh_token"))).expectStatus().isNoContent();

		refresh((String) elsewhere.get("refresh_token")).expectStatus().isOk();
	}

	@Test
	void refusesAnUnknownRefreshTokenAndAMissingOneWithProblems() {
		expectProblem(refresh("never-issued"), HttpStatus.UNAUTHORIZED, "unauthenticated");
		expectProblem(post("/auth/refresh", Map.of()), HttpStatus.BAD_REQUEST, "validation")
			.jsonPath("$.errors[0].field")
			.isEqualTo("refreshToken");
		expectProblem(post("/auth/logout", Map.of()), HttpStatus.BAD_REQUEST, "validation");
	}

	@Test
	void keepsOnlyAHashOfEachRefreshToken() throws NoSuchAlgorithmException {
		String refreshToken = (String) logIn(READER, READER_PASSWORD).get("refresh_token");

		List<Document> stored = this.mongo.findAll(Document.class, "refresh_tokens").collectList().block();

		assertThat(stored).extracting((document) -> document.get("_id")).contains(sha256(refreshToken));
		assertThat(stored).allSatisfy((document) -> assertThat(document.toJson()).doesNotContain(refreshToken));
	}

	private static String sha256(String text) throws NoSuchAlgorithmException {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	private WebTestClient.ResponseSpec refresh(String refreshToken) {
		return post("/auth/refresh", Map.of("refresh_token", refreshToken));
	}

	private WebTestClient.ResponseSpec post(String path, Map<String, ?> body) {
		return this.client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	private static Map<String, Object> tokens(WebTestClient.ResponseSpec response) {
		return response.expectStatus().isOk().expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
		}).returnResult().getResponseBody();
	}

}
