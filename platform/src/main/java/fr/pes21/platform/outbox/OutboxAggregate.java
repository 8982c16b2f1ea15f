package fr.pes21.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.pes21.contracts.Fact;
import fr.pes21.contracts.FactCatalog;
import fr.pes21.contracts.FactJson;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * An aggregate stored as one MongoDB document together with the facts it raised and that
 * are not yet on Kafka (its {@code outbox}): state and facts are written by the same
 * single-document write, so they are saved together or not at all. The
 * {@link OutboxRelay} publishes the pending facts and removes them.
 */
public abstract class OutboxAggregate {

	@Id
	protected String id;

	@Version
	protected Long version;

	/** Field name the relay queries; kept in one place. */
	static final String OUTBOX = "outbox";

	/**
	 * Field of a document written by a request with an Idempotency-Key whose outcome is
	 * not decided yet (see {@code fr.pes21.platform.idempotency}, decision 12): the relay
	 * publishes nothing of such a document until the field is gone, since the write may
	 * still be rolled back.
	 */
	public static final String PENDING_REQUEST = "pendingRequest";

	private List<PendingFact> outbox = new ArrayList<>();

	/**
	 * The ids of the facts raised on this object since it was loaded or last saved: what
	 * the next save records (never stored).
	 */
	@Transient
	private final Set<String> raisedSinceSave = new LinkedHashSet<>();

	public String getId() {
		return this.id;
	}

	public Long getVersion() {
		return this.version;
	}

	/** The collections holding aggregates, as the mapping context knows them. */
	public static List<String> collections(MongoMappingContext mappingContext) {
		return mappingContext.getPersistentEntities()
			.stream()
			.filter((entity) -> OutboxAggregate.class.isAssignableFrom(entity.getType()))
			.map((entity) -> entity.getCollection())
			.distinct()
			.toList();
	}

	/** Raises a fact: it is published to Kafka once this aggregate is saved. */
	protected final void raise(Fact fact, Instant recordedAt) {
		PendingFact pending = PendingFact.of(fact, recordedAt);
		this.outbox.add(pending);
		this.raisedSinceSave.add(pending.eventId());
	}

	/** The facts raised and not yet published, oldest first. */
	public List<PendingFact> pendingFacts() {
		return List.copyOf(this.outbox);
	}

	/** The facts raised on this object since it was loaded or last saved. */
	List<PendingFact> raisedSinceSave() {
		return this.outbox.stream().filter((fact) -> this.raisedSinceSave.contains(fact.eventId())).toList();
	}

	/**
	 * Gives the facts raised since the last save the trace they were recorded in (W3C
	 * {@code traceparent}), for the relay to continue it.
	 */
	void recordedInTrace(String traceparent) {
		this.outbox.replaceAll((fact) -> (this.raisedSinceSave.contains(fact.eventId()) && fact.traceparent() == null)
				? fact.inTrace(traceparent) : fact);
	}

	/** The facts raised so far are saved: the next save records only newer ones. */
	void saved() {
		this.raisedSinceSave.clear();
	}

	/**
	 * A fact waiting in the outbox, already in its published form so that its id stays
	 * the same across retries.
	 *
	 * @param eventId the CloudEvents id
	 * @param type the CloudEvents type
	 * @param subject the CloudEvents subject and Kafka key
	 * @param recordedAt the CloudEvents time
	 * @param data the JSON data
	 * @param traceparent the W3C trace context of the request that recorded it, if it was
	 * traced; absent from facts saved before tracing
	 */
	public record PendingFact(String eventId, String type, String subject, Instant recordedAt, String data,
			String traceparent) {

		static PendingFact of(Fact fact, Instant recordedAt) {
			return new PendingFact(UUID.randomUUID().toString(), FactCatalog.of(fact).cloudEventType(), fact.subject(),
					recordedAt, new String(FactJson.write(fact), StandardCharsets.UTF_8), null);
		}

		PendingFact inTrace(String traceparent) {
			return new PendingFact(this.eventId, this.type, this.subject, this.recordedAt, this.data, traceparent);
		}

	}

}
