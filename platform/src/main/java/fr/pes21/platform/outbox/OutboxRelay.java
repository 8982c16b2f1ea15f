package fr.pes21.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import fr.pes21.contracts.FactCatalog;
import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.FactType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes the facts waiting in aggregates' outboxes to Kafka through Spring Cloud
 * Stream (idempotent producer, {@code acks=all}, synchronous sends), then removes each
 * from its document. Woken right after every save of an aggregate with pending facts, and
 * on a timer so that nothing stays behind after a crash or a broker outage. Delivery is
 * at least once: a fact published but not yet removed when the service dies is published
 * again, with the same CloudEvents id, and consumers treat it as the duplicate it is.
 */
public class OutboxRelay implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int DOCUMENTS_PER_ROUND = 200;

	private static final int RECENTLY_PUBLISHED_KEPT = 50_000;

	private final MongoTemplate mongo;

	private final MongoMappingContext mappingContext;

	private final StreamBridge streamBridge;

	private final String source;

	private final Clock clock;

	private final MeterRegistry meters;

	private final OutboxTracing tracing;

	private final Set<String> collections = ConcurrentHashMap.newKeySet();

	private final ExecutorService worker = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("outbox-relay").factory());

	private final AtomicBoolean wakeUpPending = new AtomicBoolean();

	private final AtomicLong backlog = new AtomicLong();

	private final AtomicLong oldestPendingSeconds = new AtomicLong();

	/**
	 * Ids this relay published lately. A command that loaded its aggregate before the
	 * relay pulled a published fact saves the fact back with the rest of the document;
	 * seen here, it is only pulled again, not resent.
	 */
	private final Set<String> recentlyPublished = Collections.newSetFromMap(new LinkedHashMap<>(1024, 0.75f, false) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > RECENTLY_PUBLISHED_KEPT;
		}
	});

	OutboxRelay(MongoTemplate mongo, MongoMappingContext mappingContext, StreamBridge streamBridge, String service,
			Clock clock, MeterRegistry meters, OutboxTracing tracing) {
		this.mongo = mongo;
		this.tracing = tracing;
		this.mappingContext = mappingContext;
		this.streamBridge = streamBridge;
		this.source = service;
		this.clock = clock;
		this.meters = meters;
		Gauge.builder("pes21.outbox.backlog", this.backlog, AtomicLong::get)
			.description("Facts recorded and not yet published to Kafka, as seen by the last relay round")
			.register(meters);
		Gauge.builder("pes21.outbox.oldest.age", this.oldestPendingSeconds, AtomicLong::get)
			.description("Age in seconds of the oldest fact still waiting in an outbox")
			.baseUnit("seconds")
			.register(meters);
	}

	/**
	 * Asks for a relay round soon; rounds never overlap and wake-ups arriving during one
	 * are merged.
	 */
	public void wakeUp(String collection) {
		if (collection != null) {
			this.collections.add(collection);
		}
		if (this.wakeUpPending.compareAndSet(false, true)) {
			this.worker.execute(() -> {
				this.wakeUpPending.set(false);
				relayPendingFacts();
			});
		}
	}

	@Scheduled(fixedDelayString = "${pes21.outbox.sweep-interval:PT2S}",
			initialDelayString = "${pes21.outbox.sweep-interval:PT2S}")
	void sweep() {
		wakeUp(null);
	}

	/**
	 * Publishes every pending fact it finds, aggregate by aggregate, in the order they
	 * were raised; stops at the first failure (the broker is probably down) and leaves
	 * the rest for the next round.
	 * @return how many facts were published
	 */
	public synchronized int relayPendingFacts() {
		int published = 0;
		long remaining = 0;
		Instant oldest = null;
		boolean brokerFailing = false;
		for (String collection : outboxCollections()) {
			// a document whose request's outcome is not decided yet waits (decision 12)
			Query withPendingFacts = Query
				.query(Criteria.where(OutboxAggregate.OUTBOX + ".0")
					.exists(true)
					.and(OutboxAggregate.PENDING_REQUEST)
					.exists(false))
				.limit(DOCUMENTS_PER_ROUND);
			withPendingFacts.fields().include(OutboxAggregate.OUTBOX);
			for (Document aggregate : this.mongo.find(withPendingFacts, Document.class, collection)) {
				List<Document> pending = aggregate.getList(OutboxAggregate.OUTBOX, Document.class);
				for (Document fact : pending) {
					String eventId = fact.getString("eventId");
					if (this.recentlyPublished.contains(eventId)) {
						removeFromOutbox(collection, aggregate.get("_id"), eventId);
					}
					else if (!brokerFailing && publish(fact)) {
						this.recentlyPublished.add(eventId);
						removeFromOutbox(collection, aggregate.get("_id"), eventId);
						published++;
					}
					else {
						brokerFailing = true;
						remaining++;
						Instant recordedAt = fact.getDate("recordedAt").toInstant();
						oldest = (oldest == null || recordedAt.isBefore(oldest)) ? recordedAt : oldest;
					}
				}
			}
		}
		this.backlog.set(remaining);
		this.oldestPendingSeconds
			.set((oldest != null) ? Duration.between(oldest, this.clock.instant()).toSeconds() : 0);
		return published;
	}

	private boolean publish(Document fact) {
		String type = fact.getString("type");
		FactEnvelope envelope = new FactEnvelope(fact.getString("eventId"), type, "/pes21/" + this.source,
				fact.getString("subject"), fact.getDate("recordedAt").toInstant(),
				fact.getString("data").getBytes(StandardCharsets.UTF_8));
		FactType factType = FactCatalog.byCloudEventType(type)
			.orElseThrow(() -> new IllegalStateException("fact type " + type + " left the catalog"));
		MessageBuilder<byte[]> message = MessageBuilder.withPayload(envelope.data())
			.setHeader(KafkaHeaders.KEY, envelope.subject().getBytes(StandardCharsets.UTF_8));
		envelope.binaryHeaders().forEach(message::setHeader);
		try {
			Message<byte[]> built = message.build();
			if (!this.tracing.publishInTrace(fact.getString("traceparent"), factType.topic(),
					() -> this.streamBridge.send(factType.topic(), built))) {
				log.warn("Outbox: Kafka did not accept fact {} ({}); will retry", envelope.id(), type);
				return false;
			}
			Counter.builder("pes21.facts.published")
				.description("Facts published to Kafka by the outbox relay")
				.tag("type", factType.name())
				.register(this.meters)
				.increment();
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("Outbox: publishing fact {} ({}) failed, will retry: {}", envelope.id(), type, ex.toString());
			return false;
		}
	}

	private void removeFromOutbox(String collection, Object aggregateId, String eventId) {
		// $pull leaves the @Version alone: a command racing with the relay must not fail
		// on our account.
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(aggregateId)),
				new Update().pull(OutboxAggregate.OUTBOX, new Document("eventId", eventId)), collection);
	}

	private Set<String> outboxCollections() {
		this.collections.addAll(OutboxAggregate.collections(this.mappingContext));
		return this.collections;
	}

	@Override
	public void destroy() throws InterruptedException {
		this.worker.shutdown();
		this.worker.awaitTermination(10, TimeUnit.SECONDS);
	}

}
