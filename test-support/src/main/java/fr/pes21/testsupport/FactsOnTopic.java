package fr.pes21.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import fr.pes21.contracts.FactEnvelope;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * A fact topic read as a consumer (the reporting service, a webhook) reads it: from its
 * beginning, with a consumer group of its own, so a test sees what any new consumer
 * would. The topics are shared by every test class of the run, hence the optional
 * subjects (aggregate ids) to keep.
 */
public final class FactsOnTopic implements AutoCloseable {

	private final KafkaConsumer<byte[], byte[]> consumer;

	private final Predicate<String> keptSubject;

	private final List<ConsumerRecord<byte[], byte[]>> received = new ArrayList<>();

	/** Keeps every record of {@code topic} (one of {@code Topics}). */
	public FactsOnTopic(String bootstrapServers, String topic) {
		this(bootstrapServers, topic, (subject) -> true);
	}

	/** Keeps the records of {@code topic} whose subject is one of {@code subjects}. */
	public FactsOnTopic(String bootstrapServers, String topic, Collection<String> subjects) {
		this(bootstrapServers, topic, Set.copyOf(subjects)::contains);
	}

	private FactsOnTopic(String bootstrapServers, String topic, Predicate<String> keptSubject) {
		this.keptSubject = keptSubject;
		this.consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"facts-on-topic-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new ByteArrayDeserializer(), new ByteArrayDeserializer());
		this.consumer.subscribe(List.of(topic));
	}

	/** On the shared broker of {@link WithRealInfrastructure}. */
	public static FactsOnTopic onRealInfrastructure(String topic) {
		return new FactsOnTopic(realBootstrapServers(), topic);
	}

	/** On the shared broker of {@link WithRealInfrastructure}. */
	public static FactsOnTopic onRealInfrastructure(String topic, Collection<String> subjects) {
		return new FactsOnTopic(realBootstrapServers(), topic, subjects);
	}

	private static String realBootstrapServers() {
		String bootstrapServers = System.getProperty("spring.kafka.bootstrap-servers");
		if (bootstrapServers == null) {
			throw new IllegalStateException(
					"spring.kafka.bootstrap-servers is not set: annotate the test class with @WithRealInfrastructure");
		}
		return bootstrapServers;
	}

	/** Polls once; answers every record kept so far, duplicates included. */
	public List<ConsumerRecord<byte[], byte[]>> poll() {
		for (ConsumerRecord<byte[], byte[]> record : this.consumer.poll(Duration.ofMillis(250))) {
			if (this.keptSubject.test(envelope(record).subject())) {
				this.received.add(record);
			}
		}
		return List.copyOf(this.received);
	}

	/** Polls once; answers the facts kept so far, each once. */
	public List<FactEnvelope> pollFacts() {
		return firstOccurrences(poll());
	}

	/**
	 * Delivery is at least once: a fact may come twice, always with the same id.
	 * Consumers keep its first occurrence; those are in the order the facts were raised
	 * on each aggregate.
	 */
	public static List<FactEnvelope> firstOccurrences(List<ConsumerRecord<byte[], byte[]>> records) {
		Map<String, FactEnvelope> byId = new LinkedHashMap<>();
		records.stream().map(FactsOnTopic::envelope).forEach((fact) -> byId.putIfAbsent(fact.id(), fact));
		return List.copyOf(byId.values());
	}

	/** The fact a record carries, decoded as a consumer decodes it. */
	public static FactEnvelope envelope(ConsumerRecord<byte[], byte[]> record) {
		Map<String, Object> headers = new HashMap<>();
		for (Header header : record.headers()) {
			headers.put(header.key(), header.value());
		}
		return FactEnvelope.fromBinaryHeaders(headers, record.value());
	}

	/**
	 * The key, every header and the value, as text: all anyone reading the topic sees, to
	 * check that no personal data is there.
	 */
	public static String everything(ConsumerRecord<byte[], byte[]> record) {
		StringBuilder text = new StringBuilder(new String(record.key(), StandardCharsets.UTF_8));
		for (Header header : record.headers()) {
			text.append('\n')
				.append(header.key())
				.append('=')
				.append(new String(header.value(), StandardCharsets.UTF_8));
		}
		return text.append('\n').append(new String(record.value(), StandardCharsets.UTF_8)).toString();
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}
