package fr.pes21.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The events topic read from its beginning, as a consumer (the reporting service) reads
 * it, keeping the records of some events.
 */
final class FactsOnTopic implements AutoCloseable {

	private final KafkaConsumer<byte[], byte[]> consumer;

	private final Set<String> eventIds;

	private final List<ConsumerRecord<byte[], byte[]>> received = new ArrayList<>();

	FactsOnTopic(Set<String> eventIds) {
		this.eventIds = Set.copyOf(eventIds);
		this.consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("spring.kafka.bootstrap-servers"),
						ConsumerConfig.GROUP_ID_CONFIG, "events-test-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new ByteArrayDeserializer(), new ByteArrayDeserializer());
		this.consumer.subscribe(List.of(Topics.EVENTS));
	}

	/** Polls once; answers every record of the events received so far. */
	List<ConsumerRecord<byte[], byte[]>> poll() {
		for (ConsumerRecord<byte[], byte[]> record : this.consumer.poll(Duration.ofMillis(250))) {
			if (this.eventIds.contains(envelope(record).subject())) {
				this.received.add(record);
			}
		}
		return List.copyOf(this.received);
	}

	/**
	 * Polls once; answers the facts received so far, each once. Delivery is at least
	 * once: a fact may come twice, always with the same id, and a consumer keeps its
	 * first occurrence.
	 */
	List<FactEnvelope> pollFacts() {
		Map<String, FactEnvelope> byId = new LinkedHashMap<>();
		poll().stream().map(FactsOnTopic::envelope).forEach((fact) -> byId.putIfAbsent(fact.id(), fact));
		return List.copyOf(byId.values());
	}

	static FactEnvelope envelope(ConsumerRecord<byte[], byte[]> record) {
		Map<String, Object> headers = new HashMap<>();
		for (Header header : record.headers()) {
			headers.put(header.key(), header.value());
		}
		return FactEnvelope.fromBinaryHeaders(headers, record.value());
	}

	/** The record's key, headers and value, as text. */
	static String everything(ConsumerRecord<byte[], byte[]> record) {
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
