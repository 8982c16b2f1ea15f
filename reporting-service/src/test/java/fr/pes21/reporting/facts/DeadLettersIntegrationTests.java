package fr.pes21.reporting.facts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.pes21.contracts.Topics;
import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.contracts.accompaniment.ProjectWelcomed;
import fr.pes21.reporting.FactPublisher;
import fr.pes21.reporting.Reports;
import fr.pes21.testsupport.WithRealInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Poison records between good facts, on a real broker: the good facts are projected, the
 * poison goes to {@code pes21.accompaniment.events.dlq} with its reason and is counted.
 * The year 2088 belongs to this test.
 */
@WithRealInfrastructure
@SpringBootTest
@AutoConfigureMockMvc
class DeadLettersIntegrationTests {

	private static final Duration DEADLINE = Duration.ofSeconds(60);

	private static final String DLQ = Topics.deadLetters(Topics.ACCOMPANIMENT);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MeterRegistry meters;

	private final FactPublisher publisher = new FactPublisher();

	@AfterEach
	void closePublisher() {
		this.publisher.close();
	}

	@Test
	void sendsPoisonRecordsToTheDeadLettersAndProjectsTheGoodFactsAroundThem() {
		// What other tests published is consumed, its dead letters counted.
		FactPublisher.awaitEverythingConsumed(Topics.ACCOMPANIMENT, DEADLINE);
		long countedBefore = deadLetters();
		long welcomedBefore = welcomed();
		ProducerRecord<String, byte[]> first = welcome();
		ProducerRecord<String, byte[]> last = welcome();
		String garbageKey = UUID.randomUUID().toString();
		String unknownKey = UUID.randomUUID().toString();
		byte[] garbage = { (byte) 0xff, 0x00, (byte) 0xfe, 0x7b };
		ProducerRecord<String, byte[]> garbageRecord = new ProducerRecord<>(Topics.ACCOMPANIMENT, null, garbageKey,
				garbage, first.headers());
		List<Header> unknownHeaders = new ArrayList<>();
		last.headers()
			.forEach((header) -> unknownHeaders.add(header.key().equals("ce_type")
					? new RecordHeader("ce_type", utf8("fr.pes21.accompaniment.ProjectTeleported.v1")) : header));
		ProducerRecord<String, byte[]> unknownRecord = new ProducerRecord<>(Topics.ACCOMPANIMENT, null, unknownKey,
				last.value(), unknownHeaders);

		this.publisher.publish(first);
		this.publisher.publish(garbageRecord);
		this.publisher.publish(unknownRecord);
		this.publisher.publish(last);

		await().atMost(DEADLINE).untilAsserted(() -> assertThat(welcomed()).isEqualTo(welcomedBefore + 2));
		Map<String, ConsumerRecord<String, byte[]>> dead = new HashMap<>();
		await().atMost(DEADLINE).untilAsserted(() -> {
			readDeadLetters(dead);
			assertThat(dead).containsKeys(garbageKey, unknownKey);
		});
		ConsumerRecord<String, byte[]> deadGarbage = dead.get(garbageKey);
		assertThat(deadGarbage.value()).isEqualTo(garbage);
		assertThat(header(deadGarbage, "ce_id")).isEqualTo(header(first.headers().lastHeader("ce_id")));
		assertThat(header(deadGarbage, DeadLetters.REASON)).isEqualTo("unreadable data for its fact type");
		assertThat(header(deadGarbage, DeadLetters.TOPIC)).isEqualTo(Topics.ACCOMPANIMENT);
		assertThat(header(deadGarbage, DeadLetters.PARTITION)).matches("\\d+");
		assertThat(header(deadGarbage, DeadLetters.OFFSET)).matches("\\d+");
		ConsumerRecord<String, byte[]> deadUnknown = dead.get(unknownKey);
		assertThat(deadUnknown.value()).isEqualTo(last.value());
		assertThat(header(deadUnknown, "ce_type")).isEqualTo("fr.pes21.accompaniment.ProjectTeleported.v1");
		assertThat(header(deadUnknown, DeadLetters.REASON)).isEqualTo("unknown fact type");
		FactPublisher.awaitEverythingConsumed(Topics.ACCOMPANIMENT, DEADLINE);
		assertThat(deadLetters()).isEqualTo(countedBefore + 2);
	}

	private long deadLetters() {
		return (long) this.meters.get(DeadLetters.METRIC).tag("topic", Topics.ACCOMPANIMENT).counter().count();
	}

	private long welcomed() {
		return Reports.indicators(this.mvc, 2088).get("accompaniment.projectsWelcomed.CRDVA");
	}

	private static ProducerRecord<String, byte[]> welcome() {
		String project = UUID.randomUUID().toString();
		return FactPublisher.record(
				new ProjectWelcomed(project, project, Programme.CRDVA, LocalDate.of(2088, 5, 6), "Dijon", null),
				"accompaniment-service", Instant.parse("2088-05-06T10:00:00Z"));
	}

	private static void readDeadLetters(Map<String, ConsumerRecord<String, byte[]>> dead) {
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, FactPublisher.bootstrapServers()),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(DLQ)
				.stream()
				.map((partition) -> new TopicPartition(DLQ, partition.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (partitions.stream().anyMatch((partition) -> consumer.position(partition) < ends.get(partition))
					&& System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(500)).forEach((record) -> dead.put(record.key(), record));
			}
		}
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		return header(record.headers().lastHeader(name));
	}

	private static String header(Header header) {
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
