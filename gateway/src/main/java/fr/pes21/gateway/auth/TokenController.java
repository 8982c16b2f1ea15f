package fr.pes21.gateway.auth;

import fr.pes21.gateway.routing.TrustedProxies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

@Tag(name = "Authentication", description = "Bearer tokens for the whole suite")
@RestController
class TokenController {

	/** The gateway's problem answers, a schema of its API document. */
	private static final String PROBLEM = "#/components/schemas/GatewayProblem";

	private static final String PROBLEM_JSON = "application/problem+json";

	private final Login login;

	private final TrustedProxies proxies;

	TokenController(Login login, TrustedProxies proxies) {
		this.login = login;
		this.proxies = proxies;
	}

	@Operation(operationId = "issueToken", summary = "Log in: get a bearer token and a refresh token",
			description = "Checks the account's password and answers a signed access token (JWT, HS256) naming the "
					+ "account (`sub`, `name`) and its roles (`roles`: ADMIN, STAFF, VOLUNTEER, READER), valid "
					+ "`expires_in` seconds (30 minutes unless configured), and a refresh token for "
					+ "POST /auth/refresh. Failed attempts are limited per account and per address, with a wait "
					+ "that grows (429 with Retry-After). No token needed.",
			security = {})
	@ApiResponse(responseCode = "200", description = "The tokens")
	@ApiResponse(responseCode = "400", description = "The username or password is missing, or the body is not JSON.",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "401",
			description = "Unknown user, disabled account or wrong password: one answer for all three.",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "413", description = "The body is over the size limit.",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "429",
			description = "Too many failed attempts for this account or from this address (`too-many-requests`).",
			headers = @Header(name = "Retry-After", description = "Seconds to wait",
					schema = @Schema(type = "integer")),
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@PostMapping(path = "/auth/token", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<TokenResponse>> token(@Valid @RequestBody TokenRequest request, ServerWebExchange exchange) {
		return this.login.logIn(request, this.proxies.clientAddress(exchange.getRequest()))
			.map(TokenController::uncached);
	}

	@Operation(operationId = "refreshToken", summary = "Get the next tokens with a refresh token",
			description = "Answers as POST /auth/token does, with a new refresh token: the one given is used up "
					+ "(giving it again ends its session). The account's current roles and name go into the new "
					+ "access token. No token needed.",
			security = {})
	@ApiResponse(responseCode = "200", description = "The next tokens")
	@ApiResponse(responseCode = "400", description = "`refresh_token` is missing, or the body is not JSON.",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "401",
			description = "The refresh token is unknown, expired, used or revoked, or its account is disabled.",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@PostMapping(path = "/auth/refresh", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<TokenResponse>> refresh(@Valid @RequestBody RefreshRequest request) {
		return this.login.refresh(request.refreshToken()).map(TokenController::uncached);
	}

	@Operation(operationId = "logOut", summary = "Log out: end the session of a refresh token",
			description = "Its refresh tokens stop working; the access token runs out within its lifetime. Answers "
					+ "204 for a refresh token that is unknown or already ended too. No token needed.",
			security = {})
	@ApiResponse(responseCode = "204", description = "The session is ended")
	@ApiResponse(responseCode = "400", description = "`refresh_token` is missing, or the body is not JSON.",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@PostMapping("/auth/logout")
	Mono<ResponseEntity<Void>> logOut(@Valid @RequestBody RefreshRequest request) {
		return this.login.logOut(request.refreshToken()).then(Mono.just(ResponseEntity.noContent().build()));
	}

	/** Token answers are never kept by a cache (RFC 6749 §5.1). */
	private static ResponseEntity<TokenResponse> uncached(TokenResponse tokens) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache").body(tokens);
	}

}
