package fr.pes21.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.Uuid;

import static org.awaitility.Awaitility.await;

/**
 * A real Apache Kafka broker (combined KRaft broker and controller) in a process of its
 * own, started from the test's classpath with Kafka's own {@code kafka.Kafka} main, on a
 * fixed port with its logs on disk. A test can {@link #kill()} it (SIGKILL, a crash) and
 * {@link #start()} it again on the same address with the same data, exactly as a broker
 * outage looks to a client.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

	private final int port = FreePorts.next();

	private final int controllerPort = FreePorts.next();

	private final Path directory;

	private Process process;

	public KafkaBrokerProcess() {
		try {
			this.directory = Files.createTempDirectory("pes21-kafka-");
			Files.writeString(this.directory.resolve("server.properties"), serverProperties());
			run(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c",
					config().toString()), "format.log")
				.waitFor(60, TimeUnit.SECONDS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Starts the broker and waits until it accepts connections. */
	public synchronized KafkaBrokerProcess start() {
		if (this.process == null || !this.process.isAlive()) {
			this.process = run(List.of("kafka.Kafka", config().toString()), "broker.log");
			await().atMost(Duration.ofSeconds(60)).until(this::acceptsConnections);
		}
		return this;
	}

	/** Kills the broker abruptly, as a crash would. */
	public synchronized void kill() {
		if (this.process != null) {
			this.process.destroyForcibly();
			try {
				this.process.waitFor(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.process = null;
		}
	}

	public String bootstrapServers() {
		return "localhost:" + this.port;
	}

	@Override
	public void close() {
		kill();
	}

	private boolean acceptsConnections() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("localhost", this.port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private Path config() {
		return this.directory.resolve("server.properties");
	}

	private Process run(List<String> mainAndArguments, String logFile) {
		String java = ProcessHandle.current().info().command().orElse("java");
		// a test's broker lives for seconds: C1 only and the serial collector start it
		// sooner and leave the cores to the test
		List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx384m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
		command.addAll(mainAndArguments);
		try {
			File log = this.directory.resolve(logFile).toFile();
			Process started = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log))
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
			return started;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One node, broker and controller. After a kill the controller keeps the broker's
	 * previous registration until its session expires (9 s by default) and the partitions
	 * have no leader until then: a 3 s session brings the broker back sooner.
	 */
	private String serverProperties() {
		return """
				process.roles=broker,controller
				node.id=1
				controller.quorum.voters=1@localhost:%d
				listeners=PLAINTEXT://localhost:%d,CONTROLLER://localhost:%d
				advertised.listeners=PLAINTEXT://localhost:%d
				controller.listener.names=CONTROLLER
				listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
				log.dirs=%s
				num.partitions=3
				offsets.topic.replication.factor=1
				offsets.topic.num.partitions=1
				transaction.state.log.replication.factor=1
				transaction.state.log.min.isr=1
				group.initial.rebalance.delay.ms=0
				auto.create.topics.enable=true
				broker.heartbeat.interval.ms=500
				broker.session.timeout.ms=3000
				""".formatted(this.controllerPort, this.port, this.controllerPort, this.port,
				this.directory.resolve("logs").toString().replace('\\', '/'));
	}

}
