package fr.pes21.gateway.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import fr.pes21.base.security.SuiteTokens;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Checks a user's password and signs a token naming the user and their roles. */
@Component
class TokenIssuer {

	private final ReactiveAuthenticationManager authenticationManager;

	private final JwtEncoder encoder;

	private final Clock clock;

	private final Duration ttl;

	TokenIssuer(AuthProperties properties, JwtEncoder encoder, Clock clock) {
		// Not a bean: a ReactiveAuthenticationManager bean would be picked up by the
		// resource server.
		PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		var manager = new UserDetailsRepositoryReactiveAuthenticationManager(
				ConfiguredUsers.from(properties, passwords));
		manager.setPasswordEncoder(passwords);
		this.authenticationManager = manager;
		this.encoder = encoder;
		this.clock = clock;
		this.ttl = properties.jwt().ttl();
	}

	Mono<TokenResponse> issue(TokenRequest request) {
		return this.authenticationManager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()))
			.onErrorMap(AuthenticationException.class,
					(ex) -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Unknown user or wrong password."))
			.map(this::sign);
	}

	private TokenResponse sign(Authentication user) {
		Instant now = this.clock.instant();
		List<String> roles = user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith(SuiteTokens.AUTHORITY_PREFIX))
			.map((authority) -> authority.substring(SuiteTokens.AUTHORITY_PREFIX.length()))
			.toList();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(SuiteTokens.ISSUER)
			.subject(user.getName())
			.claim(SuiteTokens.ROLES_CLAIM, roles)
			.issuedAt(now)
			.expiresAt(now.plus(this.ttl))
			.build();
		JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
		String token = this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return TokenResponse.bearer(token, this.ttl.toSeconds());
	}

}
