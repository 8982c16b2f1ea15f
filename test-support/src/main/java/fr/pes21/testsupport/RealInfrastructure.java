package fr.pes21.testsupport;

import java.net.InetSocketAddress;
import java.time.Duration;

import de.bwaldvogel.mongo.MongoServer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The real Kafka broker and MongoDB wire server integration tests talk to, started once
 * per JVM and shared by every test class. Where a Docker engine answers, Testcontainers
 * runs {@code apache/kafka} (KRaft) and {@code mongo}; otherwise (CI here) an in-JVM
 * KRaft broker and mongo-java-server over TCP (reading documents whole, as MongoDB does:
 * {@link WholeReadsMemoryBackend}). Set {@code PES21_TEST_INFRASTRUCTURE=embedded} or
 * {@code containers} to force one.
 */
public final class RealInfrastructure {

	private static Endpoints shared;

	private RealInfrastructure() {
	}

	/** Where the shared broker and store listen; starts them on first call. */
	public static synchronized Endpoints shared() {
		if (shared == null) {
			shared = useContainers() ? startContainers() : startEmbedded();
		}
		return shared;
	}

	private static boolean useContainers() {
		String choice = System.getenv().getOrDefault("PES21_TEST_INFRASTRUCTURE", "auto");
		return switch (choice) {
			case "containers" -> true;
			case "embedded" -> false;
			default -> dockerAnswers();
		};
	}

	private static boolean dockerAnswers() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	@SuppressWarnings("resource") // stopped by the JVM shutdown hook below
	private static Endpoints startContainers() {
		KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
		MongoDBContainer mongo = new MongoDBContainer("mongo:8.0").withStartupTimeout(Duration.ofMinutes(2));
		kafka.start();
		mongo.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			kafka.stop();
			mongo.stop();
		}, "stop-test-containers"));
		return new Endpoints(kafka.getBootstrapServers(), mongo.getConnectionString(), "containers");
	}

	private static Endpoints startEmbedded() {
		EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
		kafka.brokerProperty("auto.create.topics.enable", "true");
		kafka.afterPropertiesSet();
		MongoServer mongo = new MongoServer(new WholeReadsMemoryBackend());
		mongo.bind("127.0.0.1", 0);
		InetSocketAddress address = mongo.getLocalAddress();
		// Not @AfterAll: Spring caches application contexts until the JVM exits and they
		// still use both.
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			kafka.destroy();
			mongo.shutdownNow();
		}, "stop-embedded-infrastructure"));
		return new Endpoints(kafka.getBrokersAsString(),
				"mongodb://" + address.getHostString() + ":" + address.getPort(), "embedded");
	}

	/**
	 * Addresses of the shared infrastructure.
	 *
	 * @param kafkaBootstrapServers for {@code spring.kafka.bootstrap-servers}
	 * @param mongoServer {@code mongodb://host:port}, without a database
	 * @param kind {@code embedded} or {@code containers}
	 */
	public record Endpoints(String kafkaBootstrapServers, String mongoServer, String kind) {

		public String mongoUri(String database) {
			return this.mongoServer + "/" + database;
		}

	}

}
