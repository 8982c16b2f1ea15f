package fr.pes21.reporting.facts;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import fr.pes21.contracts.Fact;
import fr.pes21.contracts.FactCatalog;
import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.MalformedFact;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * One polled batch of Kafka records read as facts, as the binder hands it over in batch
 * mode: the values in the payload, each record's key, headers and position in header
 * lists at the same index.
 * <p>
 * A record that is not a readable fact of the expected kind (no CloudEvents headers,
 * unknown type, unreadable or incomplete data) is not a fact: it is set aside as a
 * {@link DeadLetter}, with a short reason, for {@link DeadLetters} to publish. One bad
 * record never stops the consumption of the topic.
 *
 * @param <T> the kind of facts the topic carries
 * @param facts the readable facts, in record order
 * @param rejected the records that are not facts, in record order
 */
public record FactBatch<T extends Fact>(List<ReceivedFact<T>> facts, List<DeadLetter> rejected) {

	private static final Logger logger = LoggerFactory.getLogger(FactBatch.class);

	/** From this many records on, a batch is read in parallel. */
	private static final int PARALLEL = 256;

	/**
	 * Reads a batch.
	 * @param batch the batch message
	 * @param type the kind of facts the topic carries
	 * @param requireComplete throws {@link MalformedFact} when a fact lacks something its
	 * read model needs
	 */
	public static <T extends Fact> FactBatch<T> read(Message<? extends List<?>> batch, Class<T> type,
			Consumer<T> requireComplete) {
		List<?> values = batch.getPayload();
		MessageHeaders headers = batch.getHeaders();
		List<?> recordHeaders = list(headers, KafkaHeaders.BATCH_CONVERTED_HEADERS);
		List<?> keys = list(headers, KafkaHeaders.RECEIVED_KEY);
		List<?> topics = list(headers, KafkaHeaders.RECEIVED_TOPIC);
		List<?> partitions = list(headers, KafkaHeaders.RECEIVED_PARTITION);
		List<?> offsets = list(headers, KafkaHeaders.OFFSET);
		List<ReceivedFact<T>> facts = new ArrayList<>(values.size());
		List<DeadLetter> rejected = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			String position = at(topics, i) + "-" + at(partitions, i) + "@" + at(offsets, i);
			try {
				facts.add(read(at(recordHeaders, i), values.get(i), type, requireComplete, position));
			}
			catch (NotAFact ex) {
				// The reason only: a message of the JSON reader may quote the data.
				logger.warn("Set aside the record at {} for the dead letters: {}", position, ex.reason);
				rejected.add(new DeadLetter((String) at(topics, i), number(at(partitions, i)).intValue(),
						number(at(offsets, i)).longValue(), at(keys, i), values.get(i), headersOf(at(recordHeaders, i)),
						ex.reason));
			}
		}
		return new FactBatch<>(facts, rejected);
	}

	/**
	 * Reads records polled by a plain {@link org.apache.kafka.clients.consumer.Consumer}
	 * (the rebuild's), as {@link #read(Message, Class, Consumer)} reads the binder's
	 * batch. Thousands of them at once are read in parallel, their order kept.
	 */
	public static <T extends Fact> FactBatch<T> read(List<ConsumerRecord<byte[], byte[]>> records, Class<T> type,
			Consumer<T> requireComplete) {
		Stream<ConsumerRecord<byte[], byte[]>> each = (records.size() >= PARALLEL) ? records.parallelStream()
				: records.stream();
		List<Object> read = each.map((record) -> read(record, type, requireComplete)).toList();
		List<ReceivedFact<T>> facts = new ArrayList<>(records.size());
		List<DeadLetter> rejected = new ArrayList<>();
		for (Object one : read) {
			if (one instanceof DeadLetter letter) {
				rejected.add(letter);
			}
			else {
				@SuppressWarnings("unchecked")
				ReceivedFact<T> fact = (ReceivedFact<T>) one;
				facts.add(fact);
			}
		}
		return new FactBatch<>(facts, rejected);
	}

	/** A {@link ReceivedFact}, or the {@link DeadLetter} of a record that is not one. */
	private static <T extends Fact> Object read(ConsumerRecord<byte[], byte[]> record, Class<T> type,
			Consumer<T> requireComplete) {
		String position = record.topic() + "-" + record.partition() + "@" + record.offset();
		try {
			return read(headersOf(record), record.value(), type, requireComplete, position);
		}
		catch (NotAFact ex) {
			return new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(), record.value(),
					new HashMap<>(headersOf(record)), ex.reason);
		}
	}

	/**
	 * A record's headers as a map read in place, without copying them: each name gives
	 * its last value, as a copy into a map would.
	 */
	private static Map<String, byte[]> headersOf(ConsumerRecord<byte[], byte[]> record) {
		return new AbstractMap<>() {

			@Override
			public byte[] get(Object name) {
				Header header = (name instanceof String key) ? record.headers().lastHeader(key) : null;
				return (header != null) ? header.value() : null;
			}

			@Override
			public Set<Entry<String, byte[]>> entrySet() {
				Map<String, byte[]> copy = new HashMap<>();
				record.headers().forEach((header) -> copy.put(header.key(), header.value()));
				return copy.entrySet();
			}

		};
	}

	private static <T extends Fact> ReceivedFact<T> read(Object headers, Object value, Class<T> type,
			Consumer<T> requireComplete, String position) {
		if (!(headers instanceof Map<?, ?> map)) {
			throw new NotAFact("no headers");
		}
		if (!(value instanceof byte[] data)) {
			throw new NotAFact("no data");
		}
		FactEnvelope envelope;
		try {
			@SuppressWarnings("unchecked")
			Map<String, ?> named = (Map<String, ?>) map;
			envelope = FactEnvelope.fromBinaryHeaders(named, data);
		}
		catch (MalformedFact ex) {
			throw new NotAFact("not a CloudEvent: missing or unreadable ce_ headers, or empty data");
		}
		if (FactCatalog.byCloudEventType(envelope.type()).isEmpty()) {
			throw new NotAFact("unknown fact type");
		}
		Fact fact;
		try {
			fact = envelope.fact();
		}
		catch (MalformedFact ex) {
			throw new NotAFact("unreadable data for its fact type");
		}
		if (!type.isInstance(fact)) {
			throw new NotAFact("a fact of another topic: not a " + type.getSimpleName());
		}
		T typed = type.cast(fact);
		if (isBlank(typed.factId()) || typed.occurredOn() == null) {
			throw new NotAFact("incomplete fact: no factId or occurredOn");
		}
		try {
			requireComplete.accept(typed);
		}
		catch (MalformedFact ex) {
			throw new NotAFact("incomplete fact: lacks what the read model needs");
		}
		return new ReceivedFact<>(envelope, typed, position);
	}

	private static Map<String, ?> headersOf(Object headers) {
		if (!(headers instanceof Map<?, ?> map)) {
			return Map.of();
		}
		@SuppressWarnings("unchecked")
		Map<String, ?> named = (Map<String, ?>) map;
		return named;
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

	private static Number number(Object value) {
		return (value instanceof Number number) ? number : -1;
	}

	/** Why a record is not a fact, in words that never quote its data. */
	private static final class NotAFact extends RuntimeException {

		private final String reason;

		NotAFact(String reason) {
			super(reason, null, false, false);
			this.reason = reason;
		}

	}

}
