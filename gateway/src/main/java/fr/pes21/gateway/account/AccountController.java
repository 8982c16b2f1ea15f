package fr.pes21.gateway.account;

import java.net.URI;

import fr.pes21.gateway.routing.TrustedProxies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springdoc.core.annotations.ParameterObject;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * The accounts, served by the gateway itself (not routed): ADMINs open, list, change,
 * disable and reset them; every user reads their own and changes their own password.
 */
@Tag(name = "Accounts", description = "Who may log in: ADMINs manage the accounts, everyone changes their own password")
@SecurityRequirement(name = "bearer")
@RestController
@RequestMapping("/api/accounts")
class AccountController {

	private static final String PROBLEM = "#/components/schemas/GatewayProblem";

	private static final String PROBLEM_JSON = "application/problem+json";

	private final Accounts accounts;

	private final TrustedProxies proxies;

	AccountController(Accounts accounts, TrustedProxies proxies) {
		this.accounts = accounts;
		this.proxies = proxies;
	}

	@Operation(operationId = "openAccount", summary = "Open an account (ADMIN)",
			description = "Its holder logs in with the password given here and changes it "
					+ "(POST /api/accounts/me/password). Roles: ADMIN.")
	@ApiResponse(responseCode = "201", description = "Opened; its URL is in Location")
	@ApiResponse(responseCode = "400",
			description = "A field is missing or invalid, or the password does not follow the rule (`errors`)",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "401", description = "No valid token",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "403", description = "Not an ADMIN",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "409", description = "An account of that name exists (`duplicate`)",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@PostMapping
	Mono<ResponseEntity<AccountView>> open(@Valid @RequestBody NewAccount request) {
		return this.accounts.open(request)
			.map((account) -> ResponseEntity.created(URI.create("/api/accounts/" + account.username()))
				.body(AccountView.of(account)));
	}

	@Operation(operationId = "listAccounts", summary = "The accounts, by username (ADMIN)",
			description = "Roles: ADMIN.")
	@ApiResponse(responseCode = "200", description = "One page of accounts")
	@ApiResponse(responseCode = "400", description = "`page` or `size` is invalid",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "401", description = "No valid token",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "403", description = "Not an ADMIN",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@GetMapping
	Mono<AccountPage> list(@ParameterObject @Valid Paging paging) {
		return this.accounts.list(paging);
	}

	@Operation(operationId = "getOwnAccount", summary = "Your own account",
			description = "Who the token's holder is, as the web application shows it. Every role.")
	@ApiResponse(responseCode = "200", description = "Your account")
	@ApiResponse(responseCode = "401", description = "No valid token",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@GetMapping("/me")
	Mono<OwnAccount> me(@Parameter(hidden = true) @AuthenticationPrincipal Jwt token) {
		return this.accounts.get(token.getSubject()).map(OwnAccount::of);
	}

	@Operation(operationId = "changeOwnPassword", summary = "Change your own password",
			description = "Give the current password and the new one. Your other sessions end (their refresh "
					+ "tokens stop working); this one goes on. Wrong current passwords count as failed logins. "
					+ "Every role, but not the bootstrap account admin (its password is PES21_ADMIN_PASSWORD).")
	@ApiResponse(responseCode = "204", description = "Changed")
	@ApiResponse(responseCode = "400",
			description = "The current password is wrong, or the new one does not follow the rule (`errors`)",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "401", description = "No valid token",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "422", description = "The bootstrap account admin (`rule-violation`)",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "429", description = "Too many wrong passwords: see Retry-After",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@PostMapping("/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> changeOwnPassword(@Parameter(hidden = true) @AuthenticationPrincipal Jwt token,
			@Valid @RequestBody PasswordChange change, ServerWebExchange exchange) {
		return this.accounts.changeOwnPassword(token.getSubject(), token.getClaimAsString("sid"),
				this.proxies.clientAddress(exchange.getRequest()), change);
	}

	@Operation(operationId = "getAccount", summary = "One account (ADMIN)", description = "Roles: ADMIN.")
	@ApiResponse(responseCode = "200", description = "The account")
	@ApiResponse(responseCode = "401", description = "No valid token",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "403", description = "Not an ADMIN",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "404", description = "No account of that name",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@GetMapping("/{username}")
	Mono<AccountView> get(@PathVariable String username) {
		return this.accounts.get(username).map(AccountView::of);
	}

	@Operation(operationId = "changeAccount", summary = "Change, disable, enable or reset an account (ADMIN)",
			description = "Only the members given change: `displayName`, `roles` (replaced), `enabled` (false "
					+ "disables it), `password` (a reset). Disabling or resetting ends its sessions at once; "
					+ "its access tokens run out within their lifetime. The bootstrap account admin keeps its "
					+ "role, stays enabled and takes its password from PES21_ADMIN_PASSWORD. Roles: ADMIN.")
	@ApiResponse(responseCode = "200", description = "The account as it is now")
	@ApiResponse(responseCode = "400",
			description = "Nothing to change, a member is invalid, or the password does not follow the rule",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "401", description = "No valid token",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "403", description = "Not an ADMIN",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "404", description = "No account of that name",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "409", description = "Changed by someone else meanwhile (`concurrent-change`)",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "422", description = "A change the bootstrap account admin refuses",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@PatchMapping("/{username}")
	Mono<AccountView> change(@PathVariable String username, @Valid @RequestBody AccountChange change) {
		return this.accounts.change(username, change).map(AccountView::of);
	}

}
