package fr.pes21.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads every fact published on the accompaniment topic, from the beginning, as a
 * consumer would.
 */
final class FactsOnTopic implements AutoCloseable {

	private final KafkaConsumer<byte[], byte[]> consumer;

	private final List<FactEnvelope> received = new ArrayList<>();

	FactsOnTopic(String bootstrapServers) {
		this.consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"platform-test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new ByteArrayDeserializer(), new ByteArrayDeserializer());
		this.consumer.subscribe(List.of(Topics.ACCOMPANIMENT));
	}

	/** Polls once and returns everything received so far. */
	List<FactEnvelope> poll() {
		for (ConsumerRecord<byte[], byte[]> record : this.consumer.poll(Duration.ofMillis(250))) {
			Map<String, Object> headers = new java.util.HashMap<>();
			for (Header header : record.headers()) {
				headers.put(header.key(), header.value());
			}
			this.received.add(FactEnvelope.fromBinaryHeaders(headers, record.value()));
		}
		return this.received;
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}
