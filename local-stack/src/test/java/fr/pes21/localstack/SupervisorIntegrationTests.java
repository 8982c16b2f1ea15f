package fr.pes21.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The supervisor on the local stack's infrastructure (Kafka and the MongoDB wire server
 * as {@code up} starts them): a process killed is restarted after the policy's delay and
 * the restart is recorded for {@code status}; a restart asked for comes at once; a
 * process that dies too often makes the stack stop.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisorIntegrationTests {

	private static final Path REPOSITORY = Path.of(System.getProperty("pes21.root", "..")).toAbsolutePath().normalize();

	private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

	@TempDir
	static Path localDir;

	private static RunningStack stack;

	@BeforeAll
	static void startAndSuperviseTheInfrastructure() {
		StackConfig config = StackConfig.forRepository(REPOSITORY)
			.withLocalDir(localDir)
			.withPorts(StackPorts.free())
			.withReadinessTimeout(Duration.ofSeconds(120))
			.withRestartPolicy(
					new RestartPolicy(Duration.ofMillis(200), Duration.ofSeconds(1), 2, Duration.ofHours(1)));
		stack = LocalStack.startInfrastructure(config,
				new PrintStream(new TeeOutput(LOG, System.out), true, StandardCharsets.UTF_8));
		stack.supervise();
	}

	@AfterAll
	static void stopTheInfrastructure() {
		if (stack != null) {
			stack.stop();
		}
	}

	@Test
	@Order(1)
	void aKilledProcessIsRestartedAndTheRestartIsRecorded() {
		StackProcess mongo = stack.process("mongo");
		long killed = mongo.pid();

		mongo.kill();

		await().atMost(Duration.ofSeconds(90)).until(() -> mongo.pid() != killed && mongo.isReady());
		assertThat(new RestartHistory(stack.config().runDir()).of("mongo")).singleElement()
			.satisfies((restart) -> assertThat(restart.reason()).contains("signal 9"));
		await().atMost(Duration.ofSeconds(30)).until(() -> log().contains("mongo ready again"));
		assertThat(log()).contains("mongo died (exit code 137, signal 9); restarting it in 200 ms");
	}

	@Test
	@Order(2)
	void aRestartAskedForComesAtOnceAndIsNotCountedAsADeath() {
		StackProcess kafka = stack.process("kafka");
		long stopped = kafka.pid();
		RestartHistory history = new RestartHistory(stack.config().runDir());

		history.requestRestart("kafka");
		kafka.stop(RunningStack.STOP_GRACE);

		await().atMost(Duration.ofSeconds(120)).until(() -> kafka.pid() != stopped && kafka.isReady());
		assertThat(history.of("kafka")).singleElement()
			.satisfies((restart) -> assertThat(restart.reason()).startsWith("restarted on request"));
	}

	@Test
	@Order(3)
	void aProcessDyingMoreOftenThanThePolicyAllowsStopsTheStack() {
		StackProcess mongo = stack.process("mongo");
		// one death already (the first test); the policy allows two
		mongo.kill();
		await().atMost(Duration.ofSeconds(90)).until(mongo::isReady);

		mongo.kill();

		Optional<String> why = stack.awaitEnd();
		assertThat(why).hasValueSatisfying((reason) -> assertThat(reason).contains("MongoDB wire server died 3 times"));
		assertThat(stack.processes()).noneMatch(StackProcess::isAlive);
	}

	private static String log() {
		return LOG.toString(StandardCharsets.UTF_8);
	}

	/** Writes to both. */
	private static final class TeeOutput extends OutputStream {

		private final OutputStream first;

		private final OutputStream second;

		TeeOutput(OutputStream first, OutputStream second) {
			this.first = first;
			this.second = second;
		}

		@Override
		public synchronized void write(int b) throws IOException {
			this.first.write(b);
			this.second.write(b);
		}

		@Override
		public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
			this.first.write(bytes, offset, length);
			this.second.write(bytes, offset, length);
		}

	}

}
