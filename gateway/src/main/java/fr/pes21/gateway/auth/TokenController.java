package fr.pes21.gateway.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Authentication", description = "Bearer tokens for the whole suite")
@RestController
class TokenController {

	/** The gateway's problem answers, a schema of its API document. */
	private static final String PROBLEM = "#/components/schemas/GatewayProblem";

	private final TokenIssuer issuer;

	TokenController(TokenIssuer issuer) {
		this.issuer = issuer;
	}

	@Operation(operationId = "issueToken", summary = "Log in: get a bearer token",
			description = "Checks the user's password and answers a signed token (JWT, HS256) naming the user and their roles (ADMIN, STAFF, VOLUNTEER, READER), valid `expires_in` seconds. No token needed.",
			security = {})
	@ApiResponse(responseCode = "200", description = "The token")
	@ApiResponse(responseCode = "400", description = "The username or password is missing, or the body is not JSON.",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "401", description = "Unknown user or wrong password.",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "413", description = "The body is over the size limit.",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
	@PostMapping(path = "/auth/token", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<TokenResponse> token(@Valid @RequestBody TokenRequest request) {
		return this.issuer.issue(request);
	}

}
