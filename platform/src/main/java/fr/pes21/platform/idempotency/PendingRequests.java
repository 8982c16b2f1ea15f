package fr.pes21.platform.idempotency;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import fr.pes21.platform.outbox.OutboxAggregate;
import fr.pes21.platform.outbox.OutboxRelay;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * The aggregates written by a request with an Idempotency-Key while its outcome is not
 * decided (decision 12). The request's write carries, in the same document, a
 * {@value OutboxAggregate#PENDING_REQUEST} field: the key, the attempt's token and the
 * document as it was before the request ({@code before}, null for a document the request
 * created). The outbox relay leaves such a document's facts alone. Once the key's record
 * says how the request ended, the field goes:
 * <ul>
 * <li>the record is {@code DONE} by this attempt: the write stands, the field is removed
 * (settled) and the facts go to Kafka;</li>
 * <li>the attempt no longer holds the record (it failed, or a crash left it and its time
 * is up, or a retry took it over): the document is put back as it was before (rolled
 * back), its version moved on so that no one saves over it a copy read meanwhile;</li>
 * <li>the attempt still holds the record in time: it is running; whoever else wants to
 * save the document is told to retry (409).</li>
 * </ul>
 * The request settles or rolls back its own writes as it ends; {@link #sweep()} does it
 * for the writes of requests that died.
 */
class PendingRequests {

	private static final Logger log = LoggerFactory.getLogger(PendingRequests.class);

	static final String FIELD = OutboxAggregate.PENDING_REQUEST;

	private static final String VERSION = "version";

	private final MongoTemplate mongo;

	private final MongoMappingContext mappingContext;

	private final IdempotencyRecords records;

	private final OutboxRelay relay;

	private volatile boolean indexesCreated;

	PendingRequests(MongoTemplate mongo, MongoMappingContext mappingContext, IdempotencyRecords records,
			OutboxRelay relay) {
		this.mongo = mongo;
		this.mappingContext = mappingContext;
		this.records = records;
		this.relay = relay;
	}

	/** How a pending request was found to stand. */
	enum Outcome {

		/** Done: its writes stand (and are now settled). */
		COMMITTED,

		/** Still running within its time. */
		RUNNING,

		/** Over without a recorded answer: its writes were undone. */
		ROLLED_BACK

	}

	/**
	 * Called with the document an aggregate save is about to write. A document another
	 * request left pending is resolved first (a running one makes this save fail with a
	 * concurrent change); a save within a request with an Idempotency-Key marks the
	 * document pending on that request.
	 */
	void beforeSave(Document document, String collection) {
		Object id = document.get("_id");
		if (id == null) {
			return;
		}
		Attempt attempt = Attempt.current();
		Document stored = this.mongo.getCollection(collection).find(Filters.eq("_id", id)).first();
		Document before = stored;
		Document pending = (stored != null) ? stored.get(FIELD, Document.class) : null;
		if (pending != null) {
			if (attempt != null && attempt.token().equals(pending.getString("attempt"))) {
				// written earlier by this same request: the state before it is kept
				before = pending.get("before", Document.class);
			}
			else if (resolve(collection, stored) == Outcome.COMMITTED) {
				before = new Document(stored);
				before.remove(FIELD);
			}
			else {
				throw new OptimisticLockingFailureException("Record " + id + " in " + collection
						+ " is being changed by another request right now; try again.");
			}
		}
		if (attempt != null) {
			document.put(FIELD,
					new Document("key", attempt.key()).append("attempt", attempt.token()).append("before", before));
			attempt.wrote(collection, id);
		}
	}

	/** Decides and applies the outcome of the request {@code stored} is pending on. */
	Outcome resolve(String collection, Document stored) {
		Document pending = stored.get(FIELD, Document.class);
		String key = pending.getString("key");
		String attempt = pending.getString("attempt");
		Object id = stored.get("_id");
		for (int look = 0; look < 3; look++) {
			Document record = this.records.find(key);
			if (record != null && attempt.equals(record.getString("attempt"))) {
				if (IdempotencyRecords.DONE.equals(record.getString("state"))) {
					settle(collection, id, attempt);
					return Outcome.COMMITTED;
				}
				if (!this.records.isOver(record)) {
					return Outcome.RUNNING;
				}
				if (this.records.takeOver(key, attempt, false) == null) {
					// it completed or was taken over meanwhile: look again
					continue;
				}
				log.info("Idempotency: a request left {} in {} pending beyond its time; rolling it back", id,
						collection);
			}
			rollBack(collection, id, attempt);
			return Outcome.ROLLED_BACK;
		}
		return Outcome.RUNNING;
	}

	/** The request's writes stand: their facts may go. */
	void settle(String collection, Object id, String attempt) {
		this.mongo.getCollection(collection).updateOne(pendingOn(id, attempt), Updates.unset(FIELD));
		this.relay.wakeUp(collection);
	}

	/**
	 * Puts the document back as it was before the attempt (or deletes it if the attempt
	 * created it), unless it is no longer pending on that attempt.
	 */
	void rollBack(String collection, Object id, String attempt) {
		Document stored = this.mongo.getCollection(collection).find(pendingOn(id, attempt)).first();
		if (stored == null) {
			return;
		}
		Document before = stored.get(FIELD, Document.class).get("before", Document.class);
		if (before == null) {
			this.mongo.getCollection(collection).deleteOne(pendingOn(id, attempt));
		}
		else {
			Document restored = new Document(before);
			restored.put(VERSION, nextVersion(stored));
			this.mongo.getCollection(collection).replaceOne(pendingOn(id, attempt), restored);
			// the restored outbox may hold facts of earlier requests
			this.relay.wakeUp(collection);
		}
	}

	/**
	 * After a retry took a key over: rolls back what earlier attempts of that key left
	 * pending, before the retry runs.
	 */
	void rollBackOthers(String key, String liveAttempt) {
		for (String collection : collections()) {
			List<Document> left = this.mongo.getCollection(collection)
				.find(Filters.and(Filters.eq(FIELD + ".key", key), Filters.ne(FIELD + ".attempt", liveAttempt)))
				.into(new ArrayList<>());
			for (Document stored : left) {
				String attempt = stored.get(FIELD, Document.class).getString("attempt");
				log.info("Idempotency: rolling back {} in {}, left pending by an earlier attempt of a retried request",
						stored.get("_id"), collection);
				rollBack(collection, stored.get("_id"), attempt);
			}
		}
	}

	/**
	 * Settles or rolls back every document a request left pending once its outcome is
	 * known (a crash between the write and the answer, or between the answer and the
	 * settling). Creates the indexes on the first run, not at startup, so that a service
	 * starts while MongoDB does not answer yet.
	 */
	void sweep() {
		if (!this.indexesCreated) {
			createIndexes();
			this.indexesCreated = true;
		}
		for (String collection : collections()) {
			List<Document> pending = this.mongo.getCollection(collection)
				.find(Filters.exists(FIELD + ".key"))
				.into(new ArrayList<>());
			for (Document stored : pending) {
				resolve(collection, stored);
			}
		}
	}

	private void createIndexes() {
		this.records.createIndexes();
		for (String collection : collections()) {
			// sparse: only the few documents pending at a time are in it
			this.mongo.getCollection(collection)
				.createIndex(Indexes.ascending(FIELD + ".key"), new IndexOptions().sparse(true).name(FIELD));
		}
	}

	private List<String> collections() {
		return OutboxAggregate.collections(this.mappingContext);
	}

	private static long nextVersion(Document stored) {
		Object version = stored.get(VERSION);
		return ((version instanceof Number number) ? number.longValue() : 0L) + 1;
	}

	private static Bson pendingOn(Object id, String attempt) {
		return Filters.and(Filters.eq("_id", id), Filters.eq(FIELD + ".attempt", attempt));
	}

}
