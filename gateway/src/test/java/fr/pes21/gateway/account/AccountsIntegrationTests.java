package fr.pes21.gateway.account;

import java.util.List;
import java.util.Map;

import fr.pes21.gateway.GatewayIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class AccountsIntegrationTests extends GatewayIntegrationTest {

	private static final String PASSWORD = "trois-pommes-sur-le-buffet";

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	BootstrapAccount bootstrap;

	@Test
	void anAdminOpensAnAccountWhoseHolderThenLogsInWithItsRolesAndName() {
		var response = open("marie.dupont", "Marie Dupont", List.of("VOLUNTEER", "STAFF"), PASSWORD);

		response.expectStatus()
			.isCreated()
			.expectHeader()
			.location("/api/accounts/marie.dupont")
			.expectBody()
			.jsonPath("$.username")
			.isEqualTo("marie.dupont")
			.jsonPath("$.displayName")
			.isEqualTo("Marie Dupont")
			.jsonPath("$.roles")
			.isEqualTo(List.of("STAFF", "VOLUNTEER"))
			.jsonPath("$.enabled")
			.isEqualTo(true)
			.jsonPath("$.createdAt")
			.isNotEmpty()
			.jsonPath("$.lastLoginAt")
			.doesNotExist()
			.jsonPath("$.password")
			.doesNotExist();
		String token = tokenFor("marie.dupont", PASSWORD);
		me(token).jsonPath("$.username")
			.isEqualTo("marie.dupont")
			.jsonPath("$.displayName")
			.isEqualTo("Marie Dupont")
			.jsonPath("$.roles")
			.isEqualTo(List.of("STAFF", "VOLUNTEER"));
		get("marie.dupont").expectBody().jsonPath("$.lastLoginAt").isNotEmpty();
	}

	@Test
	void keepsOnlyABcryptHashOfThePassword() {
		open("bernard", "Bernard Martin", List.of("READER"), PASSWORD).expectStatus().isCreated();

		Document stored = this.mongo.findById("bernard", Document.class, "accounts").block();

		assertThat(stored.getString("passwordHash")).startsWith("$2a$10$");
		assertThat(stored.toJson()).doesNotContain(PASSWORD);
	}

	@Test
	void refusesASecondAccountOfTheSameNameWith409() {
		open("claire", "Claire Petit", List.of("READER"), PASSWORD).expectStatus().isCreated();

		expectProblem(open("Claire", "Claire Autre", List.of("ADMIN"), "une-autre-phrase-de-passe"),
				HttpStatus.CONFLICT, "duplicate");
		get("claire").expectBody().jsonPath("$.displayName").isEqualTo("Claire Petit");
	}

	@Test
	void refusesAPasswordShorterThan12CharactersCommonOrHoldingTheUsername() {
		expectFieldError(open("denis", "Denis", List.of("READER"), "court-11car"), "password",
				"must have at least 12 characters");
		expectFieldError(open("denis", "Denis", List.of("READER"), "Qwerty123456"), "password",
				"is one of the most common passwords; choose another");
		expectFieldError(open("denis", "Denis", List.of("READER"), "denis-est-content"), "password",
				"must not contain the username");
		get("denis").expectStatus().isNotFound();
	}

	@Test
	void refusesAnAccountWithoutRolesOrWithAnUnfitNameWith400() {
		expectFieldError(open("emma", "Emma", List.of(), PASSWORD), "roles", null);
		expectFieldError(open("emma dupont", "Emma", List.of("READER"), PASSWORD), "username", null);
		expectFieldError(open("me", "Moi", List.of("READER"), PASSWORD), "username", null);
	}

	@Test
	void letsOnlyAdminsManageAccounts() {
		String reader = tokenFor(READER, READER_PASSWORD);

		expectProblem(
				this.client.get().uri("/api/accounts").header(HttpHeaders.AUTHORIZATION, "Bearer " + reader).exchange(),
				HttpStatus.FORBIDDEN, "forbidden");
		expectProblem(this.client.post()
			.uri("/api/accounts")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + reader)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(
					Map.of("username", "mallory", "displayName", "M", "roles", List.of("ADMIN"), "password", PASSWORD))
			.exchange(), HttpStatus.FORBIDDEN, "forbidden");
		expectProblem(this.client.patch()
			.uri("/api/accounts/rita")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + reader)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("roles", List.of("ADMIN")))
			.exchange(), HttpStatus.FORBIDDEN, "forbidden");
		expectProblem(this.client.get().uri("/api/accounts/me").exchange(), HttpStatus.UNAUTHORIZED, "unauthenticated");
	}

	@Test
	void listsTheAccountsPagedByUsername() {
		open("zoe", "Zoé", List.of("READER"), PASSWORD).expectStatus().isCreated();

		Map<String, Object> page = this.client.get()
			.uri("/api/accounts?page=0&size=200")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();

		@SuppressWarnings("unchecked")
		List<String> usernames = ((List<Map<String, Object>>) page.get("items")).stream()
			.map((item) -> (String) item.get("username"))
			.toList();
		assertThat(usernames).contains("admin", "rita", "zoe").isSorted();
		assertThat(page).containsEntry("page", 0).containsEntry("size", 200);
		assertThat(((Number) page.get("total")).longValue()).isEqualTo(usernames.size());
		expectFieldError(this.client.get()
			.uri("/api/accounts?size=201")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.exchange(), "size", null);
	}

	@Test
	void disablingAnAccountRefusesItsLoginAndEndsItsSessions() {
		open("fabien", "Fabien", List.of("VOLUNTEER"), PASSWORD).expectStatus().isCreated();
		String refreshToken = (String) logIn("fabien", PASSWORD).get("refresh_token");

		change("fabien", Map.of("enabled", false)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.enabled")
			.isEqualTo(false);

		expectProblem(login("fabien", PASSWORD), HttpStatus.UNAUTHORIZED, "unauthenticated");
		expectProblem(refresh(refreshToken), HttpStatus.UNAUTHORIZED, "unauthenticated");
		change("fabien", Map.of("enabled", true)).expectStatus().isOk();
		assertThat(tokenFor("fabien", PASSWORD)).isNotBlank();
	}

	@Test
	void changingRolesReachesTheNextAccessToken() {
		open("gaelle", "Gaëlle", List.of("READER"), PASSWORD).expectStatus().isCreated();
		String refreshToken = (String) logIn("gaelle", PASSWORD).get("refresh_token");

		change("gaelle", Map.of("roles", List.of("STAFF"), "displayName", "Gaëlle Roux")).expectStatus().isOk();

		Map<String, Object> refreshed = refresh(refreshToken).expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		me((String) refreshed.get("access_token")).jsonPath("$.roles")
			.isEqualTo(List.of("STAFF"))
			.jsonPath("$.displayName")
			.isEqualTo("Gaëlle Roux");
		assertThat(claims((String) refreshed.get("access_token"))).contains("\"roles\":[\"STAFF\"]",
				"\"name\":\"Gaëlle Roux\"");
	}

	@Test
	void resettingAPasswordReplacesItAndEndsTheSessions() {
		open("hugo", "Hugo", List.of("READER"), PASSWORD).expectStatus().isCreated();
		String refreshToken = (String) logIn("hugo", PASSWORD).get("refresh_token");

		change("hugo", Map.of("password", "une-autre-phrase-de-passe")).expectStatus().isOk();

		expectProblem(login("hugo", PASSWORD), HttpStatus.UNAUTHORIZED, "unauthenticated");
		expectProblem(refresh(refreshToken), HttpStatus.UNAUTHORIZED, "unauthenticated");
		assertThat(tokenFor("hugo", "une-autre-phrase-de-passe")).isNotBlank();
		expectFieldError(change("hugo", Map.of("password", "password1234")), "password", null);
	}

	@Test
	void answersAProblemForAnUnknownAccountOrNothingToChange() {
		expectProblem(change("nobody-here", Map.of("enabled", false)), HttpStatus.NOT_FOUND, "not-found");
		expectProblem(change("rita", Map.of()), HttpStatus.BAD_REQUEST, "validation");
		expectProblem(change("rita", Map.of("roles", List.of("KING"))), HttpStatus.BAD_REQUEST, "malformed-body");
	}

	@Test
	void keepsTheBootstrapAccountAnAdminThatCannotBeDisabledNorGivenAnotherPassword() {
		expectProblem(change("admin", Map.of("enabled", false)), HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation");
		expectProblem(change("admin", Map.of("roles", List.of("READER"))), HttpStatus.UNPROCESSABLE_CONTENT,
				"rule-violation");
		expectProblem(change("admin", Map.of("password", "une-autre-phrase-de-passe")),
				HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation");
		assertThat(adminToken()).isNotBlank();
		get("admin").expectBody().jsonPath("$.roles").isEqualTo(List.of("ADMIN")).jsonPath("$.enabled").isEqualTo(true);
	}

	@Test
	void givesTheBootstrapAccountBackItsConfiguredPasswordRoleAndStateAtStart() {
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is("admin")),
					Update.update("enabled", false).set("roles", List.of("READER")).set("passwordHash", "$2a$10$x"),
					Account.class)
			.block();

		this.bootstrap.keep().block();

		assertThat(adminToken()).isNotBlank();
		get("admin").expectBody().jsonPath("$.roles").isEqualTo(List.of("ADMIN")).jsonPath("$.enabled").isEqualTo(true);
	}

	@Test
	void aUserChangesTheirOwnPasswordAndTheirOtherSessionsEnd() {
		open("ines", "Inès", List.of("VOLUNTEER"), PASSWORD).expectStatus().isCreated();
		Map<String, Object> here = logIn("ines", PASSWORD);
		Map<String, Object> elsewhere = logIn("ines", PASSWORD);

		ownPassword((String) here.get("access_token"), PASSWORD, "quatre-poires-dans-le-panier").expectStatus()
			.isNoContent();

		expectProblem(login("ines", PASSWORD), HttpStatus.UNAUTHORIZED, "unauthenticated");
		assertThat(tokenFor("ines", "quatre-poires-dans-le-panier")).isNotBlank();
		expectProblem(refresh((String) elsewhere.get("refresh_token")), HttpStatus.UNAUTHORIZED, "unauthenticated");
		refresh((String) here.get("refresh_token")).expectStatus().isOk();
	}

	@Test
	void refusesAnOwnPasswordChangeWithAWrongCurrentOrAWeakNewPassword() {
		open("jules", "Jules", List.of("READER"), PASSWORD).expectStatus().isCreated();
		String token = tokenFor("jules", PASSWORD);

		expectFieldError(ownPassword(token, "pas-le-bon-mot-de-passe", "quatre-poires-dans-le-panier"),
				"currentPassword", "is not your current password");
		expectFieldError(ownPassword(token, PASSWORD, "trop-court"), "newPassword", "must have at least 12 characters");
		assertThat(tokenFor("jules", PASSWORD)).isNotBlank();
	}

	@Test
	void refusesTheBootstrapAccountAnOwnPasswordChange() {
		expectProblem(ownPassword(adminToken(), ADMIN_PASSWORD, "quatre-poires-dans-le-panier"),
				HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation");
		assertThat(adminToken()).isNotBlank();
	}

	private WebTestClient.ResponseSpec open(String username, String displayName, List<String> roles, String password) {
		return this.client.post()
			.uri("/api/accounts")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", username, "displayName", displayName, "roles", roles, "password", password))
			.exchange();
	}

	private WebTestClient.ResponseSpec get(String username) {
		return this.client.get()
			.uri("/api/accounts/{username}", username)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.exchange();
	}

	private WebTestClient.ResponseSpec change(String username, Map<String, Object> change) {
		return this.client.patch()
			.uri("/api/accounts/{username}", username)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(change)
			.exchange();
	}

	private WebTestClient.BodyContentSpec me(String token) {
		return this.client.get()
			.uri("/api/accounts/me")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	private WebTestClient.ResponseSpec ownPassword(String token, String current, String next) {
		return this.client.post()
			.uri("/api/accounts/me/password")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("currentPassword", current, "newPassword", next))
			.exchange();
	}

	private WebTestClient.ResponseSpec login(String username, String password) {
		return this.client.post()
			.uri("/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", username, "password", password))
			.exchange();
	}

	private WebTestClient.ResponseSpec refresh(String refreshToken) {
		return this.client.post()
			.uri("/auth/refresh")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("refresh_token", refreshToken))
			.exchange();
	}

	private static void expectFieldError(WebTestClient.ResponseSpec response, String field, String message) {
		var body = expectProblem(response, HttpStatus.BAD_REQUEST, "validation").jsonPath("$.errors[0].field")
			.isEqualTo(field);
		if (message != null) {
			body.jsonPath("$.errors[0].message").isEqualTo(message);
		}
	}

	private static String claims(String token) {
		return new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
				java.nio.charset.StandardCharsets.UTF_8);
	}

}
