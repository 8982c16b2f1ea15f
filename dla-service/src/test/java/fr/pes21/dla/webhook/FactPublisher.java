package fr.pes21.dla.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.Topics;
import fr.pes21.contracts.dla.DlaFact;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes DLA facts on {@code pes21.dla.events} as the dla-service's outbox relay does
 * (CloudEvents binary mode, keyed by subject), with a plain Kafka producer.
 */
final class FactPublisher implements AutoCloseable {

	private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
			Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("spring.kafka.bootstrap-servers"),
					ProducerConfig.ACKS_CONFIG, "all"),
			new StringSerializer(), new ByteArraySerializer());

	/** Wraps a fact recorded now and publishes it. */
	FactEnvelope publish(DlaFact fact) {
		FactEnvelope envelope = FactEnvelope.wrap(fact, "dla-service", Instant.now());
		publish(envelope);
		return envelope;
	}

	/** Publishes an envelope (again). */
	void publish(FactEnvelope envelope) {
		send(record(envelope));
	}

	/** Publishes many facts at once, then waits until the broker has them all. */
	List<FactEnvelope> publishAll(List<? extends DlaFact> facts) {
		List<FactEnvelope> envelopes = new ArrayList<>();
		List<Future<RecordMetadata>> sent = new ArrayList<>();
		for (DlaFact fact : facts) {
			FactEnvelope envelope = FactEnvelope.wrap(fact, "dla-service", Instant.now());
			envelopes.add(envelope);
			sent.add(this.producer.send(record(envelope)));
		}
		this.producer.flush();
		sent.forEach(FactPublisher::await);
		return envelopes;
	}

	void send(ProducerRecord<String, byte[]> record) {
		await(this.producer.send(record));
	}

	static ProducerRecord<String, byte[]> record(FactEnvelope envelope) {
		return record(envelope, envelope.data());
	}

	/** The record of an envelope, with other data (what a faulty producer might send). */
	static ProducerRecord<String, byte[]> record(FactEnvelope envelope, byte[] data) {
		List<Header> headers = new ArrayList<>();
		envelope.binaryHeaders().forEach((name, value) -> headers.add(new RecordHeader(name, value)));
		return new ProducerRecord<>(Topics.DLA, null, envelope.subject(), data, headers);
	}

	@Override
	public void close() {
		this.producer.close();
	}

	private static void await(Future<RecordMetadata> sent) {
		try {
			sent.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
	}

}
