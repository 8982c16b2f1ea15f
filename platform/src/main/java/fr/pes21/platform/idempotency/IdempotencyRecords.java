package fr.pes21.platform.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The {@value #COLLECTION} collection: one record per Idempotency-Key (scoped to its user
 * and path), the decision log of the requests that carry one.
 * <p>
 * A request claims its key ({@code IN_PROGRESS}, with a token of its own and a time
 * limit), runs, then completes the record ({@code DONE} with the answer) only if it still
 * holds the claim: the record's token names the one attempt whose writes may stand. A
 * claim older than the limit may be taken over by a retry (a crash left it). Every record
 * carries {@code expiresAt}, served by a TTL index so that MongoDB deletes it after the
 * retention; mongo-java-server keeps such records (it expires nothing), which changes
 * nothing here.
 */
class IdempotencyRecords {

	static final String COLLECTION = "idempotency_keys";

	static final String IN_PROGRESS = "IN_PROGRESS";

	static final String DONE = "DONE";

	static final String EXPIRES_AT = "expiresAt";

	/** The TTL index's name. */
	static final String EXPIRY_INDEX = "expiresAt_ttl";

	private final MongoTemplate mongo;

	private final Clock clock;

	private final IdempotencySettings settings;

	IdempotencyRecords(MongoTemplate mongo, Clock clock, IdempotencySettings settings) {
		this.mongo = mongo;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * The TTL index: each record goes at its own {@code expiresAt} (expireAfterSeconds
	 * 0), so a change of the retention applies to new records without a new index.
	 * Records kept from before expiry existed are given one.
	 */
	void createIndexes() {
		this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on(EXPIRES_AT, Sort.Direction.ASC).expire(Duration.ZERO).named(EXPIRY_INDEX));
		// records written before they expired get their expiry now
		this.mongo.updateMulti(Query.query(Criteria.where(EXPIRES_AT).exists(false)),
				new Update().set(EXPIRES_AT, Date.from(this.clock.instant().plus(this.settings.retention()))),
				COLLECTION);
	}

	/**
	 * Claims a key no record holds yet: the new attempt's token, or empty when a record
	 * exists (read it with {@link #find}).
	 */
	String claim(String id, String requestHash) {
		Instant now = this.clock.instant();
		String token = UUID.randomUUID().toString();
		try {
			this.mongo.insert(new Document("_id", id).append("requestHash", requestHash)
				.append("state", IN_PROGRESS)
				.append("attempt", token)
				.append("lockedUntil", Date.from(now.plus(this.settings.inProgressLimit())))
				.append("createdAt", Date.from(now))
				.append(EXPIRES_AT, Date.from(now.plus(this.settings.retention()))), COLLECTION);
			return token;
		}
		catch (DuplicateKeyException ex) {
			return null;
		}
	}

	Document find(String id) {
		return this.mongo.findOne(byId(id), Document.class, COLLECTION);
	}

	/**
	 * Takes over a claim whose time is up, if {@code attempt} still holds it: the new
	 * token (the old attempt can no longer complete), or null. With {@code forSelf} false
	 * the new claim is itself already over (a sweeper retiring a dead attempt).
	 */
	String takeOver(String id, String attempt, boolean forSelf) {
		Instant now = this.clock.instant();
		String token = UUID.randomUUID().toString();
		// records claimed before decision 12 have neither token nor time limit: over
		Query expired = Query.query(Criteria.where("_id")
			.is(id)
			.and("state")
			.is(IN_PROGRESS)
			.and("attempt")
			.is(attempt)
			.orOperator(Criteria.where("lockedUntil").lte(Date.from(now)),
					Criteria.where("lockedUntil").exists(false)));
		Update claim = new Update().set("attempt", token)
			.set("lockedUntil", Date.from(forSelf ? now.plus(this.settings.inProgressLimit()) : now));
		return (this.mongo.updateFirst(expired, claim, COLLECTION).getModifiedCount() == 1) ? token : null;
	}

	/**
	 * Records the answer, if {@code attempt} still holds the claim: the request's outcome
	 * is decided from here on. False when the claim was taken over meanwhile.
	 */
	boolean complete(String id, String attempt, Document answer) {
		Instant now = this.clock.instant();
		Update done = new Update().set("state", DONE)
			.set(EXPIRES_AT, Date.from(now.plus(this.settings.retention())))
			.unset("lockedUntil");
		answer.forEach(done::set);
		return this.mongo.updateFirst(claimedBy(id, attempt), done, COLLECTION).getModifiedCount() == 1;
	}

	/** Frees the key for a new attempt, if {@code attempt} still holds the claim. */
	void release(String id, String attempt) {
		this.mongo.remove(claimedBy(id, attempt), COLLECTION);
	}

	/** Whether a claim's time is up. */
	boolean isOver(Document record) {
		Date lockedUntil = record.getDate("lockedUntil");
		return lockedUntil == null || !lockedUntil.toInstant().isAfter(this.clock.instant());
	}

	/** Seconds until a running claim may be taken over, at least 1. */
	long secondsLeft(Document record) {
		Date lockedUntil = record.getDate("lockedUntil");
		long seconds = (lockedUntil != null)
				? Duration.between(this.clock.instant(), lockedUntil.toInstant()).toSeconds() + 1 : 1;
		return Math.max(1, seconds);
	}

	private static Query claimedBy(String id, String attempt) {
		return Query.query(Criteria.where("_id").is(id).and("state").is(IN_PROGRESS).and("attempt").is(attempt));
	}

	private static Query byId(String id) {
		return Query.query(Criteria.where("_id").is(id));
	}

}
