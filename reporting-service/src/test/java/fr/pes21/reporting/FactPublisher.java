package fr.pes21.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

import fr.pes21.contracts.Fact;
import fr.pes21.contracts.FactCatalog;
import fr.pes21.contracts.FactEnvelope;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import static org.awaitility.Awaitility.await;

/**
 * Publishes facts on the shared test broker as a producing service's outbox relay does
 * (key = subject, CloudEvents binary-mode headers, JSON data), with a plain
 * {@link KafkaProducer}, and waits for the reporting service to have consumed a topic.
 */
public final class FactPublisher implements AutoCloseable {

	private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
			Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
			new StringSerializer(), new ByteArraySerializer());

	/**
	 * The record of a fact recorded by {@code service} at {@code recordedAt}, on its
	 * context's topic.
	 */
	public static ProducerRecord<String, byte[]> record(Fact fact, String service, Instant recordedAt) {
		FactEnvelope envelope = FactEnvelope.wrap(fact, service, recordedAt);
		List<Header> headers = new ArrayList<>();
		envelope.binaryHeaders().forEach((name, value) -> headers.add(new RecordHeader(name, value)));
		return new ProducerRecord<>(FactCatalog.of(fact).topic(), null, fact.subject(), envelope.data(), headers);
	}

	/** Sends a record and waits for the broker's acknowledgement. */
	public void publish(ProducerRecord<String, byte[]> record) {
		try {
			this.producer.send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Sends a record without waiting for the broker's acknowledgement. */
	public Future<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
		return this.producer.send(record);
	}

	/**
	 * Sends records without waiting for each acknowledgement, then waits for them all.
	 */
	public void publishAll(List<ProducerRecord<String, byte[]>> records) {
		List<Future<RecordMetadata>> sent = new ArrayList<>(records.size());
		records.forEach((record) -> sent.add(send(record)));
		try {
			for (Future<RecordMetadata> one : sent) {
				one.get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Waits until the service's consumer group has committed every record of the topic.
	 */
	public static void awaitEverythingConsumed(String topic, Duration deadline) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
			await().atMost(deadline).until(() -> {
				Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("reporting-service")
					.partitionsToOffsetAndMetadata()
					.get();
				Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
				admin.describeTopics(List.of(topic))
					.allTopicNames()
					.get()
					.get(topic)
					.partitions()
					.forEach((partition) -> ends.put(new TopicPartition(topic, partition.partition()),
							OffsetSpec.latest()));
				return admin.listOffsets(ends).all().get().entrySet().stream().allMatch((end) -> {
					OffsetAndMetadata done = committed.get(end.getKey());
					return end.getValue().offset() == ((done != null) ? done.offset() : 0);
				});
			});
		}
	}

	/** The shared broker, as {@code @WithRealInfrastructure} hands it to Spring Boot. */
	public static String bootstrapServers() {
		return System.getProperty("spring.kafka.bootstrap-servers");
	}

	@Override
	public void close() {
		this.producer.close();
	}

}
