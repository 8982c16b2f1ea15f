package fr.pes21.gateway.session;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A refresh token as the gateway keeps it: never the token itself, only its SHA-256, so
 * that a copy of the database logs nobody in. Every token of one login shares its
 * {@code session}; a token is used once ({@code usedAt}), then replaced by the next.
 * MongoDB deletes it once expired (TTL index).
 */
@Document("refresh_tokens")
record RefreshToken(@Id String hash, @Indexed String username, @Indexed String session, Instant issuedAt,
		@Indexed(expireAfter = "0s") Instant expiresAt, Instant usedAt, Instant revokedAt) {

	static final String USERNAME = "username";

	static final String SESSION = "session";

	static final String EXPIRES_AT = "expiresAt";

	static final String USED_AT = "usedAt";

	static final String REVOKED_AT = "revokedAt";

}
