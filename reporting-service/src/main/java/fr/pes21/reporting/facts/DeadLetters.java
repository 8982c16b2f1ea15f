package fr.pes21.reporting.facts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import fr.pes21.contracts.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Publishes the records that are not facts to {@code <topic>.dlq}
 * ({@link Topics#deadLetters}) as they were read (key, value, headers), with headers
 * telling why and where from, and counts them in {@value #METRIC} (tag {@code topic}).
 * <p>
 * A send waits for the broker's acknowledgement: if it fails, {@link #publish} throws,
 * and the batch is retried by the consumer's error handler
 * ({@code FactConsumerConfiguration}), so a poison record is never lost.
 */
@Component
public class DeadLetters implements DisposableBean {

	public static final String METRIC = "pes21.reporting.dead.letters";

	/** Why the record is not a fact, short, never quoting its data. */
	public static final String REASON = "pes21-dlq-reason";

	public static final String TOPIC = "pes21-dlq-topic";

	public static final String PARTITION = "pes21-dlq-partition";

	public static final String OFFSET = "pes21-dlq-offset";

	private static final Logger logger = LoggerFactory.getLogger(DeadLetters.class);

	private static final Duration SEND_DEADLINE = Duration.ofSeconds(30);

	private static final List<String> FACT_TOPICS = List.of(Topics.ACCOMPANIMENT, Topics.DLA, Topics.TERRITORY,
			Topics.EVENTS);

	private final String bootstrapServers;

	private final DefaultKafkaProducerFactory<byte[], byte[]> producers;

	private final KafkaTemplate<byte[], byte[]> kafka;

	private final MeterRegistry meters;

	DeadLetters(@Value("${spring.kafka.bootstrap-servers}") String bootstrapServers, MeterRegistry meters) {
		this.bootstrapServers = bootstrapServers;
		this.producers = new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				bootstrapServers, ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
				ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
				ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000), new ByteArraySerializer(),
				new ByteArraySerializer());
		this.kafka = new KafkaTemplate<>(this.producers);
		this.meters = meters;
		// Present from the start, so a dashboard shows 0 rather than nothing.
		FACT_TOPICS.forEach(this::counter);
	}

	/**
	 * Creates the dead-letter topics if the broker does not have them yet; a broker that
	 * is away leaves it to the first send (topic auto-creation).
	 */
	@EventListener(ApplicationStartedEvent.class)
	public void createTopics() {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				10000))) {
			for (String topic : FACT_TOPICS) {
				try {
					admin
						.createTopics(
								List.of(new NewTopic(Topics.deadLetters(topic), Optional.empty(), Optional.empty())))
						.all()
						.get(10, TimeUnit.SECONDS);
				}
				catch (ExecutionException ex) {
					if (!(ex.getCause() instanceof TopicExistsException)) {
						logger.warn("Could not create {}: {}", Topics.deadLetters(topic), ex.getCause().toString());
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (TimeoutException | RuntimeException ex) {
			logger.warn("Could not create the dead-letter topics: {}", ex.toString());
		}
	}

	/**
	 * Publishes the records and waits for the broker to have them all.
	 * @throws IllegalStateException when one could not be published
	 */
	public void publish(List<DeadLetter> letters) {
		if (letters.isEmpty()) {
			return;
		}
		List<CompletableFuture<SendResult<byte[], byte[]>>> sends = new ArrayList<>(letters.size());
		try {
			for (DeadLetter letter : letters) {
				sends.add(this.kafka.send(record(letter)));
			}
			CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
				.get(SEND_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while publishing dead letters", ex);
		}
		// A send refused at once (broker away) or failed later: the same for the batch.
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			throw new IllegalStateException("Could not publish " + letters.size() + " dead letter(s) of "
					+ letters.getFirst().topic() + "; the batch will be retried", ex);
		}
		letters.forEach((letter) -> counter(letter.topic()).increment());
	}

	static ProducerRecord<byte[], byte[]> record(DeadLetter letter) {
		ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.deadLetters(letter.topic()), null,
				bytes(letter.key()), bytes(letter.value()));
		letter.headers().forEach((name, value) -> {
			byte[] raw = bytes(value);
			if (raw != null) {
				record.headers().add(new RecordHeader(name, raw));
			}
		});
		record.headers()
			.add(REASON, utf8(letter.reason()))
			.add(TOPIC, utf8(letter.topic()))
			.add(PARTITION, utf8(Integer.toString(letter.partition())))
			.add(OFFSET, utf8(Long.toString(letter.offset())));
		return record;
	}

	private Counter counter(String topic) {
		return Counter.builder(METRIC)
			.description("Records that are not facts, published to the topic's dead letters")
			.tag("topic", topic)
			.register(this.meters);
	}

	private static byte[] bytes(Object value) {
		return switch (value) {
			case null -> null;
			case byte[] raw -> raw;
			default -> utf8(value.toString());
		};
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public void destroy() {
		this.producers.destroy();
	}

}
