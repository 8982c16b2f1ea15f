package fr.pes21.localstack;

import java.io.IOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * A real Apache Kafka broker in this JVM: one node that is both broker and KRaft
 * controller, its storage formatted on first start under the data directory, running
 * until the process is stopped. It listens on 127.0.0.1 only. Being a single broker, no
 * replica can make up for a record lost with the machine: every append is forced to the
 * disk before the broker acknowledges it ({@code log.flush.interval.messages=1}), so an
 * acknowledged fact survives a crash of the machine, not only of this process.
 * <p>
 * Arguments: {@code --port <port> --data-dir
 *
<dir>
 * } (or system properties {@code pes21.kafka.port}, {@code pes21.kafka.dir}); defaults
 * 9092 and {@code .local/kafka}.
 */
public final class KafkaBroker {

	static final int DEFAULT_PORT = 9092;

	/** Forces the log to the disk after this many appended messages (Kafka: never). */
	static final String FLUSH_EVERY_MESSAGES = "log.flush.interval.messages";

	private static final String LOOPBACK = MongoWireServer.LOOPBACK;

	private KafkaBroker() {
	}

	public static void main(String[] args) throws Exception {
		Arguments arguments = Arguments.parse(args);
		int port = arguments.intValue("--port", "pes21.kafka.port", DEFAULT_PORT);
		Path dataDir = Path.of(arguments.value("--data-dir", "pes21.kafka.dir", ".local/kafka")).toAbsolutePath();
		Files.createDirectories(dataDir);

		Properties properties = serverProperties(port, controllerPort(dataDir), dataDir.resolve("data"));
		try (Writer writer = Files.newBufferedWriter(dataDir.resolve("server.properties"))) {
			properties.store(writer, "Written by fr.pes21.localstack.KafkaBroker at each start; for reference only");
		}
		KafkaRaftServer server = create(properties);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.shutdown();
			server.awaitShutdown();
			System.out.println("Kafka broker on port " + port + " stopped");
		}, "kafka-broker-shutdown"));
		server.startup();
		System.out.println("Kafka broker ready on " + LOOPBACK + ":" + port + ", data in " + dataDir);
		server.awaitShutdown();
	}

	/**
	 * A broker with these properties, its storage formatted if it is new; not started.
	 */
	static KafkaRaftServer create(Properties properties) throws Exception {
		KafkaConfig config = KafkaConfig.fromProps(properties);
		formatStorageIfNeeded(config, Path.of(properties.getProperty("log.dirs")));
		return new KafkaRaftServer(config, Time.SYSTEM);
	}

	static Properties serverProperties(int port, int controllerPort, Path logDir) {
		Properties properties = new Properties();
		properties.setProperty("process.roles", "broker,controller");
		properties.setProperty("node.id", "1");
		properties.setProperty("controller.quorum.voters", "1@" + LOOPBACK + ":" + controllerPort);
		properties.setProperty("listeners",
				"PLAINTEXT://" + LOOPBACK + ":" + port + ",CONTROLLER://" + LOOPBACK + ":" + controllerPort);
		properties.setProperty("advertised.listeners", "PLAINTEXT://" + LOOPBACK + ":" + port);
		properties.setProperty("controller.listener.names", "CONTROLLER");
		properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
		properties.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		properties.setProperty("log.dirs", logDir.toString());
		properties.setProperty("num.partitions", "3");
		properties.setProperty("auto.create.topics.enable", "true");
		properties.setProperty("offsets.topic.replication.factor", "1");
		properties.setProperty("offsets.topic.num.partitions", "3");
		properties.setProperty("transaction.state.log.replication.factor", "1");
		properties.setProperty("transaction.state.log.min.isr", "1");
		properties.setProperty("transaction.state.log.num.partitions", "3");
		properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
		properties.setProperty("share.coordinator.state.topic.min.isr", "1");
		properties.setProperty("group.initial.rebalance.delay.ms", "0");
		// one broker, no replica: an acknowledged record must already be on the disk
		properties.setProperty(FLUSH_EVERY_MESSAGES, "1");
		// After a crash the controller keeps the broker's previous registration until its
		// session expires (9 s by default), and the partitions have no leader until then:
		// heartbeats every half second and a 3 s session bring it back sooner.
		properties.setProperty("broker.heartbeat.interval.ms", "500");
		properties.setProperty("broker.session.timeout.ms", "3000");
		return properties;
	}

	/**
	 * What {@code kafka-storage.sh format --ignore-formatted} does, through Kafka's own
	 * {@link Formatter}: writes {@code meta.properties} and the bootstrap metadata once;
	 * a formatted directory is left as it is.
	 */
	static void formatStorageIfNeeded(KafkaConfig config, Path logDir) throws Exception {
		if (Files.exists(logDir.resolve("meta.properties"))) {
			return;
		}
		new Formatter().setPrintStream(System.out)
			.setNodeId(config.nodeId())
			.setClusterId(Uuid.randomUuid().toString())
			.setControllerListenerName("CONTROLLER")
			.setMetadataLogDirectory(config.metadataLogDir())
			.setDirectories(List.of(logDir.toString()))
			// static quorum (controller.quorum.voters), as the properties above say
			.setHasDynamicQuorum(false)
			.setIgnoreFormatted(true)
			.run();
	}

	/**
	 * The controller listener's port: the one of the previous start when still free (so
	 * the quorum keeps its address), otherwise a new free port, remembered in the data
	 * directory.
	 */
	private static int controllerPort(Path dataDir) throws IOException {
		Path remembered = dataDir.resolve("controller.port");
		if (Files.exists(remembered)) {
			int port = Integer.parseInt(Files.readString(remembered).strip());
			if (isFree(port)) {
				return port;
			}
		}
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Files.writeString(remembered, Integer.toString(port));
		return port;
	}

	private static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress(LOOPBACK, port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
