package fr.pes21.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.pes21.contracts.Fact;
import fr.pes21.contracts.FactCatalog;
import fr.pes21.contracts.FactJson;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

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

	private List<PendingFact> outbox = new ArrayList<>();

	public String getId() {
		return this.id;
	}

	public Long getVersion() {
		return this.version;
	}

	/** Raises a fact: it is published to Kafka once this aggregate is saved. */
	protected final void raise(Fact fact, Instant recordedAt) {
		this.outbox.add(PendingFact.of(fact, recordedAt));
	}

	/** The facts raised and not yet published, oldest first. */
	public List<PendingFact> pendingFacts() {
		return List.copyOf(this.outbox);
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
	 */
	public record PendingFact(String eventId, String type, String subject, Instant recordedAt, String data) {

		static PendingFact of(Fact fact, Instant recordedAt) {
			return new PendingFact(UUID.randomUUID().toString(), FactCatalog.of(fact).cloudEventType(), fact.subject(),
					recordedAt, new String(FactJson.write(fact), StandardCharsets.UTF_8));
		}

	}

}
