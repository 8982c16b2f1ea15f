package fr.pes21.reporting.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import fr.pes21.contracts.Fact;
import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.MalformedFact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * Reads the facts of one polled batch of Kafka records, as the binder hands it over in
 * batch mode: the values in the payload, each record's headers and position in header
 * lists at the same index.
 * <p>
 * A record that is not a readable fact of the expected kind (no CloudEvents headers,
 * unknown type, unreadable or incomplete data) is logged with its position and skipped:
 * one bad record never stops the consumption of the topic.
 */
public final class FactBatch {

	private static final Logger logger = LoggerFactory.getLogger(FactBatch.class);

	private FactBatch() {
	}

	/**
	 * The readable facts of the batch, in record order.
	 * @param batch the batch message
	 * @param type the kind of facts the topic carries
	 * @param requireComplete throws {@link MalformedFact} when a fact lacks something its
	 * read model needs
	 */
	public static <T extends Fact> List<ReceivedFact<T>> read(Message<? extends List<?>> batch, Class<T> type,
			Consumer<T> requireComplete) {
		List<?> values = batch.getPayload();
		MessageHeaders headers = batch.getHeaders();
		List<?> recordHeaders = list(headers, KafkaHeaders.BATCH_CONVERTED_HEADERS);
		List<?> topics = list(headers, KafkaHeaders.RECEIVED_TOPIC);
		List<?> partitions = list(headers, KafkaHeaders.RECEIVED_PARTITION);
		List<?> offsets = list(headers, KafkaHeaders.OFFSET);
		List<ReceivedFact<T>> facts = new ArrayList<>(values.size());
		for (int i = 0; i < values.size(); i++) {
			String position = at(topics, i) + "-" + at(partitions, i) + "@" + at(offsets, i);
			try {
				facts.add(read(at(recordHeaders, i), values.get(i), type, requireComplete, position));
			}
			catch (MalformedFact ex) {
				logger.warn("Skipped the record at {}: not a readable fact ({})", position, ex.getMessage());
			}
		}
		return facts;
	}

	private static <T extends Fact> ReceivedFact<T> read(Object headers, Object value, Class<T> type,
			Consumer<T> requireComplete, String position) {
		if (!(headers instanceof Map<?, ?> map)) {
			throw new MalformedFact("no headers");
		}
		if (!(value instanceof byte[] data)) {
			throw new MalformedFact("no data");
		}
		@SuppressWarnings("unchecked")
		FactEnvelope envelope = FactEnvelope.fromBinaryHeaders((Map<String, ?>) map, data);
		Fact fact = envelope.fact();
		if (!type.isInstance(fact)) {
			throw new MalformedFact(envelope.type() + " is not a " + type.getSimpleName());
		}
		T typed = type.cast(fact);
		if (isBlank(typed.factId()) || typed.occurredOn() == null) {
			throw new MalformedFact(envelope.type() + " " + envelope.id() + " has no factId or occurredOn");
		}
		requireComplete.accept(typed);
		return new ReceivedFact<>(envelope, typed, position);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static List<?> list(MessageHeaders headers, String name) {
		return (headers.get(name) instanceof List<?> list) ? list : List.of();
	}

	private static Object at(List<?> list, int index) {
		return (index < list.size()) ? list.get(index) : null;
	}

}
