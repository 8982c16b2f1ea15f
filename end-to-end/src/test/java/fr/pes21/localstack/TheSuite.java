package fr.pes21.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.util.FileSystemUtils;

/**
 * The whole suite started as {@code ./pes21 up} starts it (Kafka, the MongoDB wire
 * server, the services and the gateway as processes, on free ports, with a temporary
 * {@code .local}), with Prometheus, once for every end-to-end test class of the run
 * ({@code @ExtendWith(TheSuite.class)}): it starts before the first and stops when the
 * run ends. Besides {@code admin}, it has two accounts, opened through the API as an
 * ADMIN would: {@link #READER} and {@link #VOLUNTEER}. Prints its figures as
 * {@code E2E figure: name = value}.
 */
final class TheSuite implements BeforeAllCallback {

	static final Path REPOSITORY = Path.of(System.getProperty("pes21.root", "..")).toAbsolutePath().normalize();

	static final String ADMIN_PASSWORD = "e2e-" + UUID.randomUUID();

	/**
	 * The lock of the classes that share the suite: they take turns, while
	 * FaultDrillsEndToEndTests, on a suite of its own, runs beside them.
	 */
	static final String LOCK = "pes21-the-suite";

	/** A READER account, opened when the suite starts. */
	static final Account READER = new Account("lecteur", "READER", "e2e-reader-password");

	/** A VOLUNTEER account, opened when the suite starts. */
	static final Account VOLUNTEER = new Account("benevole", "VOLUNTEER", "e2e-volunteer-password");

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

	static StackConfig config() {
		return started.stack().config();
	}

	static Path localDir() {
		return started.localDir();
	}

	static String gatewayUrl() {
		return started.stack().gatewayUrl();
	}

	static void figure(String name, String value) {
		System.out.println("E2E figure: " + name + " = " + value);
	}

	/** An account of the suite besides admin, with its one role. */
	record Account(String username, String role, String password) {

		/** POST /api/accounts as admin. */
		void open() throws IOException, InterruptedException {
			HttpResponse<String> opened = GatewayApi
				.send(GatewayApi.authorized(GatewayApi.request("/api/accounts"), GatewayApi.token())
					.POST(GatewayApi.json(Map.of("username", this.username, "displayName", this.username, "roles",
							List.of(this.role), "password", this.password))));
			if (opened.statusCode() != 201) {
				throw new IllegalStateException("the account " + this.username + " could not be opened: "
						+ opened.statusCode() + " " + opened.body());
			}
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
					.withJwtSecret(null)
					// for DashboardsEndToEndTests: ops/check-dashboards against this
					// suite
					.withPrometheus(LauncherOptions.prometheusBinary(System.getenv())
						.orElseThrow(() -> new IllegalStateException(
								"Prometheus is missing: sudo apt-get install prometheus (.ci/run installs it)")));
				RunningStack stack = LocalStack.start(config);
				Started suite = new Started(stack, localDir);
				// GatewayApi finds the gateway through TheSuite.gatewayUrl()
				started = suite;
				READER.open();
				VOLUNTEER.open();
				figure("time to ready", "%.1f s".formatted(stack.readyAfter().toMillis() / 1000.0));
				stack.startupTimes()
					.forEach((name, time) -> figure(name + " start to ready",
							"%.1f s".formatted(time.toMillis() / 1000.0)));
				return suite;
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
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
