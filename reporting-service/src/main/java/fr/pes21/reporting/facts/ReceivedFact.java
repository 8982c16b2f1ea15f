package fr.pes21.reporting.facts;

import fr.pes21.contracts.Fact;
import fr.pes21.contracts.FactEnvelope;

/**
 * A fact read from a Kafka record, with the envelope it came in.
 *
 * @param <T> the kind of facts the topic carries
 * @param envelope the CloudEvent (id, type, time...)
 * @param fact its data
 * @param position where the record was read, {@code topic-partition@offset}, for the logs
 */
public record ReceivedFact<T extends Fact>(FactEnvelope envelope, T fact, String position) {
}
