package fr.pes21.localstack.demo;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./pes21 demo}: replays the datasets of {@code <root>/demo-data} (DLA, territory,
 * events, accompaniment) through the gateway's public API, as a person would record them,
 * so that {@code GET /api/reports/years/2024} shows the activity report's figures.
 * <p>
 * Every {@code POST} carries an {@code Idempotency-Key} derived from the dataset entry
 * and the action: running the loader again replays the first answers (same ids) and
 * records nothing new; a {@code DELETE} answering {@code 404} then means already
 * withdrawn.
 * <p>
 * This class only orchestrates (the order of the contexts, the summary): the calls go
 * through one {@link GatewayClient}, and each context's rules are in its
 * {@link ContextLoader}.
 */
public final class DemoLoader {

	/** Where the datasets are, under the repository. */
	public static final String DATA_DIRECTORY = "demo-data";

	static final String ADMIN_PASSWORD_VARIABLE = "PES21_ADMIN_PASSWORD";

	private final URI gateway;

	private final String adminPassword;

	private final Path dataDirectory;

	private final PrintStream out;

	/**
	 * A loader of {@code <root>/demo-data} into the stack whose gateway is at
	 * {@code gateway}, as the user {@code admin}.
	 */
	public DemoLoader(URI gateway, String adminPassword, Path root, PrintStream out) {
		this.gateway = gateway;
		this.adminPassword = adminPassword;
		this.dataDirectory = root.resolve(DATA_DIRECTORY);
		this.out = out;
	}

	/**
	 * Options {@code --root} (the repository, default: the working directory) and
	 * {@code --gateway} (default: {@code http://localhost:$PES21_GATEWAY_PORT}, 8080);
	 * the password from {@code PES21_ADMIN_PASSWORD}.
	 */
	public static void main(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i], args[i + 1]);
		}
		Path root = Path.of(options.getOrDefault("--root", System.getProperty("pes21.root", "")))
			.toAbsolutePath()
			.normalize();
		String port = System.getenv().getOrDefault("PES21_GATEWAY_PORT", "8080");
		URI gateway = URI.create(options.getOrDefault("--gateway", "http://localhost:" + port));
		try {
			new DemoLoader(gateway, System.getenv(ADMIN_PASSWORD_VARIABLE), root, System.out).load();
			System.exit(0);
		}
		catch (DemoFailed ex) {
			System.err.println(ex.getMessage());
			System.exit(ex.exitCode());
		}
	}

	/**
	 * What a load did.
	 *
	 * @param recorded the {@code POST}s answered with success
	 * @param replayed those of them answered from an earlier run (nothing new recorded)
	 * @param withdrawn the {@code DELETE}s answered {@code 204}
	 * @param alreadyWithdrawn those answered {@code 404}: withdrawn by an earlier run
	 * @param took how long the load took
	 */
	public record Summary(int recorded, int replayed, int withdrawn, int alreadyWithdrawn, Duration took) {
	}

	/**
	 * Loads every dataset, in an order that respects the services' rules: the contexts do
	 * not refer to each other, so each loader only needs its own answers.
	 */
	public Summary load() {
		if (this.adminPassword == null || this.adminPassword.isBlank()) {
			throw new DemoFailed(
					ADMIN_PASSWORD_VARIABLE + " is not set: the demo records as the user admin. Run: export "
							+ ADMIN_PASSWORD_VARIABLE + "='<the password given to ./pes21 up>' and try again.",
					2);
		}
		long started = System.nanoTime();
		this.out.println("Loading the demo data of " + this.dataDirectory + " through " + this.gateway + "...");
		GatewayClient client = new GatewayClient(this.gateway, this.adminPassword);
		client.login();
		List<ContextLoader> contexts = List.of(new DlaLoader(client), new TerritoryLoader(client),
				new EventsLoader(client), new AccompanimentLoader(client));
		for (ContextLoader context : contexts) {
			String line = context.load(DemoDataset.read(this.dataDirectory, context.file()));
			this.out.printf("  %s%n", line);
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		this.out.printf(
				"Demo data loaded in %.1f s: %d records (%d of them answered from an earlier run), %d withdrawals "
						+ "(%d already done). See %s%n",
				took.toMillis() / 1000.0, client.recorded(), client.replayed(), client.withdrawals(),
				client.alreadyWithdrawn(), this.gateway + "/api/reports/years/2024");
		return new Summary(client.recorded(), client.replayed(), client.withdrawn(), client.alreadyWithdrawn(), took);
	}

}
