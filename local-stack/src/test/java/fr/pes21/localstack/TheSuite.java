package fr.pes21.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.util.FileSystemUtils;

/**
 * The whole suite started as {@code ./pes21 up} starts it (Kafka, the MongoDB wire
 * server, the services and the gateway as processes, on free ports, with a temporary
 * {@code .local}), once for every end-to-end test class of the run
 * ({@code @ExtendWith(TheSuite.class)}): it starts before the first and stops when the
 * run ends. Besides {@code admin}, the gateway knows the accounts that failsafe's
 * environment gives it (local-stack/pom.xml): {@link #READER} and {@link #VOLUNTEER}.
 * Prints its figures as {@code E2E figure: name = value}.
 */
final class TheSuite implements BeforeAllCallback {

	static final Path REPOSITORY = Path.of(System.getProperty("pes21.root", "..")).toAbsolutePath().normalize();

	static final String ADMIN_PASSWORD = "e2e-" + UUID.randomUUID();

	/** A READER account (PES21_USERS_0_* in local-stack/pom.xml). */
	static final Account READER = account(0);

	/** A VOLUNTEER account (PES21_USERS_1_* in local-stack/pom.xml). */
	static final Account VOLUNTEER = account(1);

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TheSuite.class);

	private static volatile Started started;

	@Override
	public void beforeAll(ExtensionContext context) {
		started = context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Started.class, (key) -> Started.start(), Started.class);
	}

	static RunningStack stack() {
		return started.stack();
	}

	static String gatewayUrl() {
		return started.stack().gatewayUrl();
	}

	static void figure(String name, String value) {
		System.out.println("E2E figure: " + name + " = " + value);
	}

	private static Account account(int index) {
		String username = System.getenv("PES21_USERS_" + index + "_USERNAME");
		String password = System.getenv("PES21_USERS_" + index + "_PASSWORD");
		return new Account(index, username, (password != null) ? password.replaceFirst("^\\{noop\\}", "") : null);
	}

	/**
	 * An account of failsafe's environment: PES21_USERS_<index>_USERNAME and _PASSWORD.
	 */
	record Account(int index, String username, String password) {

		/**
		 * Fails, when a test logs in outside failsafe (an IDE, surefire), saying what is
		 * missing.
		 */
		@Override
		public String username() {
			if (this.username == null) {
				throw new IllegalStateException("PES21_USERS_" + this.index + "_USERNAME and _PASSWORD are not set: "
						+ "failsafe sets them (local-stack/pom.xml); run the end-to-end tests with ./mvnw verify");
			}
			return this.username;
		}

	}

	/**
	 * The running suite, stopped (and its directory deleted) when the run's store closes.
	 */
	record Started(RunningStack stack, Path localDir) implements AutoCloseable {

		static Started start() {
			try {
				Path localDir = Files.createTempDirectory("pes21-e2e");
				StackConfig config = StackConfig.forRepository(REPOSITORY)
					.withLocalDir(localDir)
					.withPorts(StackPorts.free())
					.withAdminPassword(ADMIN_PASSWORD)
					.withJwtSecret(null);
				RunningStack stack = LocalStack.start(config);
				figure("time to ready", "%.1f s".formatted(stack.readyAfter().toMillis() / 1000.0));
				stack.startupTimes()
					.forEach((name, time) -> figure(name + " start to ready",
							"%.1f s".formatted(time.toMillis() / 1000.0)));
				return new Started(stack, localDir);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public void close() throws IOException {
			Map<String, String> memory = new LinkedHashMap<>();
			this.stack.processes().forEach((process) -> memory.put(process.name(), process.rssKiB() / 1024 + " MiB"));
			memory.forEach((name, rss) -> figure(name + " RSS", rss));
			figure("total RSS of the stack", this.stack.totalRssKiB() / 1024 + " MiB");
			this.stack.stop();
			FileSystemUtils.deleteRecursively(this.localDir);
		}

	}

}
