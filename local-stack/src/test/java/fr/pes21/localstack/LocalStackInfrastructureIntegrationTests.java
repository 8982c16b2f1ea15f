package fr.pes21.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The local stack's own infrastructure, started through its API exactly as
 * {@code ./pes21 up} starts it: a real Kafka broker and the MongoDB wire server, each a
 * process on a free port with its data in a temporary {@code .local}; and {@code up}'s
 * refusals, run as the real main in a child process.
 */
class LocalStackInfrastructureIntegrationTests {

	private static final Path REPOSITORY = Path.of(System.getProperty("pes21.root", "..")).toAbsolutePath().normalize();

	@TempDir
	static Path localDir;

	private static RunningStack stack;

	@BeforeAll
	static void startInfrastructure() {
		StackConfig config = StackConfig.forRepository(REPOSITORY)
			.withLocalDir(localDir)
			.withPorts(StackPorts.free())
			.withReadinessTimeout(Duration.ofSeconds(120));
		stack = LocalStack.startInfrastructure(config, System.out);
		stack.startupTimes()
			.forEach((name, time) -> System.out.printf("Infrastructure figure: %s start to ready = %.1f s%n", name,
					time.toMillis() / 1000.0));
		stack.processes()
			.forEach((process) -> System.out.printf("Infrastructure figure: %s RSS = %d MiB%n", process.name(),
					process.rssKiB() / 1024));
	}

	@AfterAll
	static void stopInfrastructure() {
		if (stack != null) {
			stack.stop();
		}
	}

	@Test
	void aRecordProducedToKafkaIsConsumedBack() throws Exception {
		String bootstrap = "localhost:" + stack.config().ports().kafka();
		String topic = "pes21.localstack.roundtrip";
		String value = "fact-" + UUID.randomUUID();

		Properties producerProperties = new Properties();
		producerProperties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		producerProperties.put(ProducerConfig.ACKS_CONFIG, "all");
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties, new StringSerializer(),
				new StringSerializer())) {
			producer.send(new ProducerRecord<>(topic, "project-1", value)).get(30, TimeUnit.SECONDS);
		}

		Properties consumerProperties = new Properties();
		consumerProperties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		consumerProperties.put(ConsumerConfig.GROUP_ID_CONFIG, "roundtrip-" + UUID.randomUUID());
		consumerProperties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		List<String> consumed = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).until(() -> {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					consumed.add(record.value());
				}
				return consumed.contains(value);
			});
		}
		assertThat(consumed).contains(value);
	}

	@Test
	void aDocumentWrittenToMongoSurvivesARestartOfItsProcess() {
		String uri = "mongodb://localhost:" + stack.config().ports().mongo();
		try (MongoClient client = MongoClients.create(uri)) {
			notes(client).insertOne(new Document("_id", "note-1").append("text", "kept on disk"));
		}

		StackProcess mongo = stack.process("mongo");
		long pidBefore = mongo.pid();
		assertThat(mongo.stop(RunningStack.STOP_GRACE)).as("stopped cleanly by SIGTERM").isTrue();
		long start = System.nanoTime();
		mongo.start();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(mongo::isReady);
		System.out.printf("Infrastructure figure: mongo restart to ready = %.1f s%n",
				(System.nanoTime() - start) / 1e9);

		assertThat(mongo.pid()).isNotEqualTo(pidBefore);
		try (MongoClient client = MongoClients.create(uri)) {
			Document found = notes(client).find(new Document("_id", "note-1")).first();
			assertThat(found).isNotNull();
			assertThat(found.getString("text")).isEqualTo("kept on disk");
		}
	}

	@Test
	void everyWriteTheStoreAcknowledgedSurvivesASigkillOfIt() {
		String uri = "mongodb://127.0.0.1:" + stack.config().ports().mongo();
		int writes = 300;
		try (MongoClient client = MongoClients.create(uri)) {
			MongoCollection<Document> collection = client.getDatabase("survival").getCollection("acknowledged");
			for (int i = 0; i < writes; i++) {
				collection.insertOne(new Document("_id", i).append("text", "acknowledged " + i));
			}
		}

		// at once: the library's own store would still hold the last second in memory
		StackProcess mongo = stack.process("mongo");
		mongo.kill();
		mongo.start();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(mongo::isReady);

		try (MongoClient client = MongoClients.create(uri)) {
			MongoCollection<Document> collection = client.getDatabase("survival").getCollection("acknowledged");
			assertThat(collection.countDocuments()).isEqualTo(writes);
			assertThat(collection.find(new Document("_id", writes - 1)).first()).isNotNull();
		}
	}

	/**
	 * As on MongoDB, a read returns a document whole, never half of an update (the
	 * versioned saves of every aggregate rely on it): one client reads while another sets
	 * two fields together, a long field between them so that each answer takes a while to
	 * write out.
	 */
	@Test
	void aReadSeesAnUpdateWholeOrNotAtAll() throws Exception {
		String uri = "mongodb://127.0.0.1:" + stack.config().ports().mongo();
		List<String> between = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			between.add("padding " + i);
		}
		try (MongoClient reader = MongoClients.create(uri); MongoClient writer = MongoClients.create(uri)) {
			MongoCollection<Document> pairs = reader.getDatabase("survival").getCollection("pairs");
			pairs.insertOne(
					new Document("_id", "pair").append("first", 0).append("between", between).append("second", 0));
			CompletableFuture<Void> updates = CompletableFuture.runAsync(() -> {
				for (int i = 1; i <= 300; i++) {
					writer.getDatabase("survival")
						.getCollection("pairs")
						.updateOne(new Document("_id", "pair"),
								new Document("$set", new Document("first", i).append("second", i)));
				}
			});
			List<String> torn = new ArrayList<>();
			while (!updates.isDone()) {
				Document pair = pairs.find(new Document("_id", "pair")).first();
				if (!pair.getInteger("first").equals(pair.getInteger("second"))) {
					torn.add(pair.getInteger("first") + "/" + pair.getInteger("second"));
				}
			}
			updates.get(2, TimeUnit.MINUTES);
			assertThat(torn).as("reads that saw one field updated and not the other").isEmpty();
		}
	}

	@Test
	void everyRecordKafkaAcknowledgedSurvivesASigkillOfItAndItFlushesEachAppend() throws Exception {
		String bootstrap = "127.0.0.1:" + stack.config().ports().kafka();
		String topic = "pes21.localstack.survival";
		int records = 300;
		Properties producerProperties = new Properties();
		producerProperties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		producerProperties.put(ProducerConfig.ACKS_CONFIG, "all");
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties, new StringSerializer(),
				new StringSerializer())) {
			for (int i = 0; i < records; i++) {
				producer.send(new ProducerRecord<>(topic, "aggregate-" + (i % 7), "fact-" + i))
					.get(30, TimeUnit.SECONDS);
			}
		}

		StackProcess kafka = stack.process("kafka");
		kafka.kill();
		kafka.start();
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(kafka::isReady);

		Properties consumerProperties = new Properties();
		consumerProperties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		consumerProperties.put(ConsumerConfig.GROUP_ID_CONFIG, "survival-" + UUID.randomUUID());
		consumerProperties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		Set<String> consumed = new HashSet<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).until(() -> {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					consumed.add(record.value());
				}
				return consumed.size() >= records;
			});
		}
		assertThat(consumed).hasSize(records);
		Properties written = new Properties();
		try (Reader reader = Files.newBufferedReader(stack.config().kafkaDir().resolve("server.properties"))) {
			written.load(reader);
		}
		assertThat(written.getProperty("log.flush.interval.messages")).isEqualTo("1");
	}

	@Test
	void theInfrastructureListensOnTheLoopbackOnly() {
		for (StackProcess process : stack.processes()) {
			assertThat(ListeningSockets.addressesOf(process.port())).as(process.name())
				.isNotEmpty()
				.allMatch((address) -> address.isLoopbackAddress());
		}
	}

	@Test
	void upRefusesWithoutAnAdminPassword(@TempDir Path otherLocalDir) throws Exception {
		Map<String, String> environment = portEnvironment(StackPorts.free());

		Run run = runMain(environment, "up", "--root", REPOSITORY.toString(), "--local-dir", otherLocalDir.toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.stderr()).contains("PES21_ADMIN_PASSWORD is not set");
		assertThatItIsOneLineWithoutStackTrace(run.stderr());
	}

	@Test
	void upRefusesWhenAPortIsTakenAndNamesIt(@TempDir Path otherLocalDir) throws Exception {
		try (ServerSocket taken = new ServerSocket(0)) {
			StackPorts free = StackPorts.free();
			StackPorts ports = new StackPorts(free.gateway(), taken.getLocalPort(), free.mongo(), free.services());
			Map<String, String> environment = portEnvironment(ports);
			environment.put("PES21_ADMIN_PASSWORD", "a-password");

			Run run = runMain(environment, "up", "--root", REPOSITORY.toString(), "--local-dir",
					otherLocalDir.toString());

			assertThat(run.exitCode()).isEqualTo(2);
			assertThat(run.stderr()).contains("Port " + taken.getLocalPort() + " (Kafka broker) is already in use");
			assertThatItIsOneLineWithoutStackTrace(run.stderr());
		}
	}

	@Test
	void checkNamesTheGatewayPortWhenItIsTaken() throws IOException {
		try (ServerSocket taken = new ServerSocket(0)) {
			StackPorts free = StackPorts.free();
			StackConfig config = StackConfig.forRepository(REPOSITORY)
				.withLocalDir(localDir.resolve("other"))
				.withAdminPassword("a-password")
				.withPorts(new StackPorts(taken.getLocalPort(), free.kafka(), free.mongo(), free.services()));

			assertThatExceptionOfType(StackRefused.class)
				.isThrownBy(() -> Preflight.check(config, Topology.Scope.SUITE))
				.withMessageContaining("Port " + taken.getLocalPort() + " (gateway) is already in use");
		}
	}

	private static MongoCollection<Document> notes(MongoClient client) {
		return client.getDatabase("survival").getCollection("notes");
	}

	private static Map<String, String> portEnvironment(StackPorts ports) {
		Map<String, String> environment = new HashMap<>();
		environment.put("PES21_GATEWAY_PORT", Integer.toString(ports.gateway()));
		environment.put("PES21_KAFKA_PORT", Integer.toString(ports.kafka()));
		environment.put("PES21_MONGO_PORT", Integer.toString(ports.mongo()));
		ports.services().forEach((service, port) -> environment.put(service.portVariable(), Integer.toString(port)));
		return environment;
	}

	private static void assertThatItIsOneLineWithoutStackTrace(String stderr) {
		assertThat(stderr.strip().lines().count()).as(stderr).isEqualTo(1);
		assertThat(stderr).doesNotContain("Exception").doesNotContain("\tat ");
	}

	/**
	 * The launcher's main in a child JVM, as the pes21 script runs it, with these
	 * environment variables.
	 */
	private static Run runMain(Map<String, String> environment, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
				stack.config().infrastructureClasspath(), LocalStack.class.getName()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().remove("PES21_ADMIN_PASSWORD");
		builder.environment().remove("PES21_PORTS_BASE");
		builder.environment().putAll(environment);
		Process process = builder.start();
		process.getOutputStream().close();
		InputStream stdout = process.getInputStream();
		InputStream stderr = process.getErrorStream();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the launcher answered within 60 s").isTrue();
		return new Run(process.exitValue(), new String(stdout.readAllBytes(), StandardCharsets.UTF_8),
				new String(stderr.readAllBytes(), StandardCharsets.UTF_8));
	}

	private record Run(int exitCode, String stdout, String stderr) {
	}

}
