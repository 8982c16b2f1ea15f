package fr.pes21.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
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
			var collection = collection(client, "probe");
			collection.insertOne(new Document("_id", "a").append("n", 1));

			assertThat(collection.find(new Document("_id", "a")).first()).containsEntry("n", 1);
		}
	}

	/**
	 * As on MongoDB, a replace conditioned on a version matches once: of clients racing
	 * to replace the same version of a document, one succeeds (the optimistic locking of
	 * every aggregate relies on it). Clients on connections of their own, released
	 * together, many rounds.
	 */
	@Test
	void ofConcurrentReplacesOfTheSameVersionExactlyOneSucceeds() throws Exception {
		int clients = 8;
		List<MongoClient> connections = connections(clients);
		ExecutorService threads = Executors.newFixedThreadPool(clients);
		try {
			for (int round = 0; round < 50; round++) {
				String id = "race-" + round;
				collection(connections.getFirst(), "versions").insertOne(new Document("_id", id).append("version", 0));
				List<Long> replaced = atOnce(connections, threads, Duration.ofSeconds(30),
						(connection) -> collection(connection, "versions")
							.replaceOne(new Document("_id", id).append("version", 0),
									new Document("_id", id).append("version", 1))
							.getModifiedCount());
				assertThat(replaced.stream().mapToLong(Long::longValue).sum())
					.as("replaces of version 0 of %s that succeeded", id)
					.isEqualTo(1);
			}
		}
		finally {
			threads.shutdownNow();
			connections.forEach(MongoClient::close);
		}
	}

	/**
	 * As on MongoDB, an update of one document is atomic: increments sent at once by
	 * clients on connections of their own all count (the outbox relay's {@code $pull}
	 * beside a command's save relies on it).
	 */
	@Test
	void concurrentIncrementsOfOneDocumentAllCount() throws Exception {
		int clients = 8;
		int each = 100;
		List<MongoClient> connections = connections(clients);
		ExecutorService threads = Executors.newFixedThreadPool(clients);
		try {
			collection(connections.getFirst(), "counters").insertOne(new Document("_id", "shared").append("n", 0));
			atOnce(connections, threads, Duration.ofSeconds(60), (connection) -> {
				for (int i = 0; i < each; i++) {
					collection(connection, "counters").updateOne(new Document("_id", "shared"),
							new Document("$inc", new Document("n", 1)));
				}
				return null;
			});
			assertThat(collection(connections.getFirst(), "counters").find(new Document("_id", "shared")).first())
				.containsEntry("n", clients * each);
		}
		finally {
			threads.shutdownNow();
			connections.forEach(MongoClient::close);
		}
	}

	/**
	 * As on MongoDB, an update of a document by one client never undoes a replace by
	 * another: commands save an aggregate (version-checked replace) while the outbox
	 * relay pulls published facts from the same document ({@code $pull}); every item a
	 * replace added must still be there at the end.
	 */
	@Test
	void aPullBesideVersionedReplacesLosesNoneOfTheirChanges() throws Exception {
		int writers = 4;
		int each = 40;
		List<MongoClient> connections = connections(writers + 1);
		ExecutorService threads = Executors.newFixedThreadPool(writers + 1);
		AtomicBoolean writing = new AtomicBoolean(true);
		try {
			MongoCollection<Document> events = collection(connections.getFirst(), "events");
			events.insertOne(new Document("_id", "evening").append("version", 0)
				.append("registrations", new ArrayList<>())
				.append("outbox", new ArrayList<>()));
			Future<?> relay = threads.submit(() -> {
				MongoCollection<Document> same = collection(connections.getLast(), "events");
				while (writing.get()) {
					same.updateOne(new Document("_id", "evening"),
							new Document("$pull", new Document("outbox", new Document("eventId", "published"))));
				}
				return null;
			});
			List<Future<?>> commands = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				MongoCollection<Document> mine = collection(connections.get(w), "events");
				int writer = w;
				commands.add(threads.submit(() -> {
					for (int i = 0; i < each; i++) {
						boolean saved = false;
						while (!saved) {
							Document event = mine.find(new Document("_id", "evening")).first();
							int version = event.getInteger("version");
							List<Object> registrations = new ArrayList<>(event.getList("registrations", Object.class));
							registrations.add(writer + "/" + i);
							saved = mine
								.replaceOne(new Document("_id", "evening").append("version", version),
										new Document(event).append("version", version + 1)
											.append("registrations", registrations)
											.append("outbox", List.of(new Document("eventId", "published"))))
								.getModifiedCount() == 1;
						}
					}
					return null;
				}));
			}
			for (Future<?> command : commands) {
				command.get(2, TimeUnit.MINUTES);
			}
			writing.set(false);
			relay.get(30, TimeUnit.SECONDS);
			assertThat(events.find(new Document("_id", "evening")).first().getList("registrations", Object.class))
				.hasSize(writers * each);
		}
		finally {
			writing.set(false);
			threads.shutdownNow();
			connections.forEach(MongoClient::close);
		}
	}

	/**
	 * As on MongoDB, a read returns a document whole, as it was before or after an
	 * update, never half of one: a client reads while another sets two fields together, a
	 * long field between them so that the answer takes a while to write. (The versioned
	 * saves of every aggregate rely on it: a read of the new version with the old
	 * registrations would drop one.)
	 */
	@Test
	void aReadSeesAnUpdateWholeOrNotAtAll() throws Exception {
		int updates = 300;
		List<MongoClient> connections = connections(2);
		ExecutorService threads = Executors.newFixedThreadPool(1);
		try {
			MongoCollection<Document> pairs = collection(connections.getFirst(), "pairs");
			List<String> between = new ArrayList<>();
			for (int i = 0; i < 5_000; i++) {
				between.add("padding " + i);
			}
			pairs.insertOne(
					new Document("_id", "pair").append("first", 0).append("between", between).append("second", 0));
			Future<?> writer = threads.submit(() -> {
				MongoCollection<Document> same = collection(connections.getLast(), "pairs");
				for (int i = 1; i <= updates; i++) {
					same.updateOne(new Document("_id", "pair"),
							new Document("$set", new Document("first", i).append("second", i)));
				}
				return null;
			});
			List<String> torn = new ArrayList<>();
			while (!writer.isDone()) {
				Document pair = pairs.find(new Document("_id", "pair")).first();
				if (!pair.getInteger("first").equals(pair.getInteger("second"))) {
					torn.add(pair.getInteger("first") + "/" + pair.getInteger("second"));
				}
			}
			writer.get(2, TimeUnit.MINUTES);
			assertThat(torn).as("reads that saw one field updated and not the other").isEmpty();
		}
		finally {
			threads.shutdownNow();
			connections.forEach(MongoClient::close);
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

	/**
	 * {@code count} clients of the shared wire server, each on a connection of its own.
	 */
	private static List<MongoClient> connections(int count) {
		List<MongoClient> connections = new ArrayList<>();
		for (int c = 0; c < count; c++) {
			connections.add(MongoClients.create(System.getProperty("spring.mongodb.uri")));
		}
		return connections;
	}

	/**
	 * Runs {@code task} on every connection, each on a thread of {@code threads},
	 * released together; its results in the connections' order, each awaited at most
	 * {@code deadline}.
	 */
	private static <T> List<T> atOnce(List<MongoClient> connections, ExecutorService threads, Duration deadline,
			Function<MongoClient, T> task) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<T>> running = new ArrayList<>();
		for (MongoClient connection : connections) {
			running.add(threads.submit(() -> {
				start.await();
				return task.apply(connection);
			}));
		}
		start.countDown();
		List<T> results = new ArrayList<>();
		for (Future<T> one : running) {
			results.add(one.get(deadline.toMillis(), TimeUnit.MILLISECONDS));
		}
		return results;
	}

	private static MongoCollection<Document> collection(MongoClient client, String name) {
		return client.getDatabase("realinfrastructureintegrationtests").getCollection(name);
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
