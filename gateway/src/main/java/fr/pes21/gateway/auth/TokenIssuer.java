package fr.pes21.gateway.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import fr.pes21.base.security.SuiteTokens;
import fr.pes21.gateway.account.AccountHolder;
import fr.pes21.gateway.session.Session;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Signs access tokens (docs/decisions/0001, 0017): {@code sub} the account, {@code roles}
 * its roles (what the services read), {@code name} its display name, {@code sid} its
 * session; {@code PES21_TOKEN_TTL} long.
 */
@Component
class TokenIssuer {

	static final String NAME_CLAIM = "name";

	static final String SESSION_CLAIM = "sid";

	private final JwtEncoder encoder;

	private final Clock clock;

	private final Duration ttl;

	TokenIssuer(AuthProperties properties, JwtEncoder encoder, Clock clock) {
		this.encoder = encoder;
		this.clock = clock;
		this.ttl = properties.jwt().ttl();
	}

	TokenResponse issue(AccountHolder holder, Session session) {
		Instant now = this.clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(SuiteTokens.ISSUER)
			.subject(holder.username())
			.claim(SuiteTokens.ROLES_CLAIM, holder.roles())
			.claim(NAME_CLAIM, holder.displayName())
			.claim(SESSION_CLAIM, session.id())
			.issuedAt(now)
			.expiresAt(now.plus(this.ttl))
			.build();
		JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
		String token = this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return new TokenResponse(token, "Bearer", this.ttl.toSeconds(), session.refreshToken(),
				session.refreshTtl().toSeconds());
	}

}
