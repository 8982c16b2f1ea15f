package fr.pes21.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@WithRealInfrastructure
class RealInfrastructureIntegrationTests {

	@Test
	void aRecordProducedToTheSharedBrokerIsConsumedBackOverTcp() throws Exception {
		String topic = "infra-" + UUID.randomUUID();
		String servers = System.getProperty("spring.kafka.bootstrap-servers");

		produce(servers, topic, "hello");

		assertThat(consumeOne(servers, topic)).isEqualTo("hello");
	}

	@Test
	void theMongoDriverWritesAndReadsThroughTheWireServer() {
		try (MongoClient client = MongoClients.create(System.getProperty("spring.mongodb.uri"))) {
			var collection = client.getDatabase("realinfrastructureintegrationtests").getCollection("probe");
			collection.insertOne(new Document("_id", "a").append("n", 1));

			assertThat(collection.find(new Document("_id", "a")).first()).containsEntry("n", 1);
		}
	}

	@Test
	void aBrokerProcessKeepsItsRecordsAcrossACrashAndServesOnTheSameAddress() throws Exception {
		try (KafkaBrokerProcess broker = new KafkaBrokerProcess().start()) {
			String topic = "outage-" + UUID.randomUUID();
			produce(broker.bootstrapServers(), topic, "before the crash");

			broker.kill();
			broker.start();

			assertThat(consumeOne(broker.bootstrapServers(), topic)).isEqualTo("before the crash");
		}
	}

	private static void produce(String servers, String topic, String value) throws Exception {
		try (var producer = new KafkaProducer<String, String>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers),
				new StringSerializer(), new StringSerializer())) {
			producer.send(new ProducerRecord<>(topic, "k", value)).get();
		}
	}

	private static String consumeOne(String servers, String topic) {
		try (var consumer = new KafkaConsumer<String, String>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers, ConsumerConfig.GROUP_ID_CONFIG,
						UUID.randomUUID().toString(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			String[] value = new String[1];
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
				records.forEach((record) -> value[0] = record.value());
				return value[0] != null;
			});
			return value[0];
		}
	}

}
