package fr.pes21.gateway.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Refresh tokens, stored hashed in the gateway's database (docs/decisions/0017). Each is
 * used once: a refresh answers a new one of the same session and marks the old one used
 * (rotation). A used token presented again means it was copied, so the whole session is
 * revoked. Logging out revokes the session; disabling an account or resetting its
 * password revokes all of its sessions.
 */
@Component
public class RefreshTokens {

	private static final int TOKEN_BYTES = 32;

	private final SecureRandom random = new SecureRandom();

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final Duration ttl;

	RefreshTokens(ReactiveMongoTemplate mongo, Clock clock, @Value("${pes21.jwt.refresh-ttl:PT12H}") Duration ttl) {
		this.mongo = mongo;
		this.clock = clock;
		this.ttl = ttl;
	}

	/** A new session for an account that just logged in, with its first refresh token. */
	public Mono<Session> open(String username) {
		return issue(username, UUID.randomUUID().toString());
	}

	/**
	 * The next refresh token of the session {@code token} belongs to; empty when
	 * {@code token} is unknown, expired, revoked or used already (then its session is
	 * revoked: someone else holds a copy).
	 */
	public Mono<Session> rotate(String token) {
		String hash = hash(token);
		Instant now = this.clock.instant();
		Query usable = Query.query(Criteria.where("_id")
			.is(hash)
			.and(RefreshToken.USED_AT)
			.isNull()
			.and(RefreshToken.REVOKED_AT)
			.isNull()
			.and(RefreshToken.EXPIRES_AT)
			.gt(now));
		return this.mongo
			.findAndModify(usable, Update.update(RefreshToken.USED_AT, now), FindAndModifyOptions.options(),
					RefreshToken.class)
			.flatMap((used) -> issue(used.username(), used.session()))
			.switchIfEmpty(Mono.defer(() -> revokeSessionOfReused(hash)));
	}

	/** Makes the session {@code token} belongs to unusable; nothing if it is unknown. */
	public Mono<Void> close(String token) {
		return this.mongo.findById(hash(token), RefreshToken.class)
			.flatMap((found) -> revoke(Criteria.where(RefreshToken.SESSION).is(found.session())))
			.then();
	}

	/** Revokes the session of that id (an account found disabled at a refresh). */
	public Mono<Void> closeSession(String session) {
		return revoke(Criteria.where(RefreshToken.SESSION).is(session)).then();
	}

	/** Revokes every session of an account (disabled, or its password reset). */
	public Mono<Void> closeAll(String username) {
		return revoke(Criteria.where(RefreshToken.USERNAME).is(username)).then();
	}

	/**
	 * Revokes every session of an account but one (its user changed their password
	 * there).
	 */
	public Mono<Void> closeAllBut(String username, String keptSession) {
		return revoke(Criteria.where(RefreshToken.USERNAME).is(username).and(RefreshToken.SESSION).ne(keptSession))
			.then();
	}

	private Mono<Session> revokeSessionOfReused(String hash) {
		return this.mongo.findById(hash, RefreshToken.class)
			.filter((found) -> found.usedAt() != null)
			.flatMap((reused) -> revoke(Criteria.where(RefreshToken.SESSION).is(reused.session())))
			.then(Mono.empty());
	}

	private Mono<Long> revoke(Criteria which) {
		return this.mongo
			.updateMulti(Query.query(which.and(RefreshToken.REVOKED_AT).isNull()),
					Update.update(RefreshToken.REVOKED_AT, this.clock.instant()), RefreshToken.class)
			.map((result) -> result.getModifiedCount());
	}

	private Mono<Session> issue(String username, String session) {
		byte[] bytes = new byte[TOKEN_BYTES];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		RefreshToken stored = new RefreshToken(hash(token), username, session, now, now.plus(this.ttl), null, null);
		return this.mongo.insert(stored).thenReturn(new Session(username, session, token, this.ttl));
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
