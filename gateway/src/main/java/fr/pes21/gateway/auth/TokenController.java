package fr.pes21.gateway.auth;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TokenController {

	private final TokenIssuer issuer;

	TokenController(TokenIssuer issuer) {
		this.issuer = issuer;
	}

	@PostMapping(path = "/auth/token", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<TokenResponse> token(@Valid @RequestBody TokenRequest request) {
		return this.issuer.issue(request);
	}

}
