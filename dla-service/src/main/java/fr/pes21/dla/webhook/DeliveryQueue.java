package fr.pes21.dla.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The deliveries waiting to be sent, kept in MongoDB so that a restart loses none. Every
 * change is one atomic document operation: a delivery is created once per (subscription,
 * fact) whatever the number of times the fact is consumed, and claimed by one sender at a
 * time, whatever the number of replicas.
 */
class DeliveryQueue {

	private static final String COLLECTION = "webhook_deliveries";

	private final MongoTemplate mongo;

	DeliveryQueue(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Creates the deliveries that do not exist yet; the others are left as they are. */
	void enqueue(List<WebhookDelivery> deliveries) {
		if (deliveries.isEmpty()) {
			return;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, WebhookDelivery.class);
		for (WebhookDelivery delivery : deliveries) {
			Document document = new Document();
			this.mongo.getConverter().write(delivery, document);
			document.remove("_id");
			document.remove("_class");
			Update update = new Update();
			document.forEach(update::setOnInsert);
			bulk.upsert(byId(delivery.id()), update);
		}
		bulk.execute();
	}

	/**
	 * Takes up to {@code max} due deliveries for one sender: each is due again only when
	 * the lease lapses (its sender died), and only the claim's holder can record its
	 * attempt. Each delivery is claimed by one atomic update conditioned on its still
	 * being due, so senders racing for the same deliveries (in this instance or another
	 * replica) never both get one. Oldest first is what the {@code due} index gives on
	 * MongoDB; no order is promised.
	 */
	List<WebhookDelivery> claim(Instant now, Duration lease, int max) {
		Criteria due = where("status").is(WebhookDelivery.Status.PENDING).and("nextAttemptAt").lte(now);
		Query candidates = Query.query(due).limit(max);
		candidates.fields().include("_id");
		List<Object> ids = this.mongo.find(candidates, Document.class, COLLECTION)
			.stream()
			.map((candidate) -> candidate.get("_id"))
			.toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		String token = UUID.randomUUID().toString();
		this.mongo.updateMulti(Query
			.query(where("_id").in(ids).and("status").is(WebhookDelivery.Status.PENDING).and("nextAttemptAt").lte(now)),
				new Update().set("nextAttemptAt", now.plus(lease)).set("claim", token), WebhookDelivery.class);
		return this.mongo.find(Query.query(where("_id").in(ids).and("claim").is(token)), WebhookDelivery.class);
	}

	/**
	 * Logs an attempt of a claimed delivery and what follows it; {@code false} when the
	 * claim lapsed and another sender took the delivery.
	 */
	boolean record(WebhookDelivery claimed, WebhookDelivery.Attempt attempt, WebhookDelivery.Status status,
			int scheduleStep, Instant nextAttemptAt) {
		Update update = new Update().push("attempts", attempt)
			.set("status", status)
			.set("scheduleStep", scheduleStep)
			.unset("claim");
		if (nextAttemptAt != null) {
			update.set("nextAttemptAt", nextAttemptAt);
		}
		else {
			update.unset("nextAttemptAt");
		}
		return this.mongo.updateFirst(byClaim(claimed), update, WebhookDelivery.class).getModifiedCount() == 1;
	}

	/** Hands a claimed delivery back untried (the service is stopping). */
	void release(WebhookDelivery claimed, Instant now) {
		this.mongo.updateFirst(byClaim(claimed), new Update().set("nextAttemptAt", now).unset("claim"),
				WebhookDelivery.class);
	}

	/** Drops a claimed delivery whose subscription no longer receives anything. */
	void cancel(WebhookDelivery claimed) {
		this.mongo.updateFirst(byClaim(claimed),
				new Update().set("status", WebhookDelivery.Status.CANCELLED).unset("claim").unset("nextAttemptAt"),
				WebhookDelivery.class);
	}

	/** Cancels every delivery of a subscription still waiting. */
	void cancelPending(String subscriptionId) {
		this.mongo.updateMulti(
				Query.query(where("subscriptionId").is(subscriptionId)
					.and("status")
					.is(WebhookDelivery.Status.PENDING)
					.and("claim")
					.exists(false)),
				new Update().set("status", WebhookDelivery.Status.CANCELLED).unset("nextAttemptAt"),
				WebhookDelivery.class);
	}

	/**
	 * Makes a delivery due now, on a fresh schedule, its log kept; empty when a sender is
	 * attempting it at this moment.
	 */
	Optional<WebhookDelivery> retryNow(String subscriptionId, String deliveryId, Instant now) {
		Query notInFlight = Query.query(where("_id").is(deliveryId)
			.and("subscriptionId")
			.is(subscriptionId)
			.orOperator(where("claim").exists(false), where("nextAttemptAt").lte(now)));
		Update due = new Update().set("status", WebhookDelivery.Status.PENDING)
			.set("scheduleStep", 0)
			.set("nextAttemptAt", now)
			.unset("claim");
		return Optional.ofNullable(this.mongo.findAndModify(notInFlight, due,
				FindAndModifyOptions.options().returnNew(true), WebhookDelivery.class));
	}

	/**
	 * How many deliveries wait for an attempt or are being attempted (a count on the
	 * {@code due} index).
	 */
	long pending() {
		return this.mongo.count(Query.query(where("status").is(WebhookDelivery.Status.PENDING)), WebhookDelivery.class);
	}

	Optional<WebhookDelivery> find(String subscriptionId, String deliveryId) {
		return Optional.ofNullable(
				this.mongo.findOne(Query.query(where("_id").is(deliveryId).and("subscriptionId").is(subscriptionId)),
						WebhookDelivery.class));
	}

	private static Query byId(String id) {
		return Query.query(where("_id").is(id));
	}

	private static Query byClaim(WebhookDelivery claimed) {
		return Query.query(Criteria.where("_id").is(claimed.id()).and("claim").is(claimed.claim()));
	}

}
