package fr.pes21.localstack;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import fr.pes21.localstack.demo.DemoFailed;
import fr.pes21.localstack.demo.DemoLoader;

/**
 * The embedded default: a real Kafka broker, the MongoDB wire server, every service and
 * the gateway, each a {@code java} process of its own, started in order, waited for until
 * ready, stopped in reverse order.
 * <p>
 * Commands: {@code up [--background] [--with-prometheus]}, {@code down}, {@code status},
 * {@code help}; options {@code --root
 *
<dir>
 * } (the repository, default: the working directory or system property
 * {@code pes21.root}), {@code --local-dir
 *
<dir>
} (data, logs, pid files; default {@code <root>/.local}), {@code --ports-base <port>} (the
 * gateway's port, the others follow), {@code --timeout <seconds>}.
 * {@link #start(StackConfig)} is the same launch as a Java API, for the end-to-end tests.
 */
public final class LocalStack {

	static final String JWT_SECRET_VARIABLE = "PES21_JWT_SECRET";

	/** The key that seals the DLA webhook subscriptions' signing secrets in MongoDB. */
	static final String WEBHOOK_SECRET_KEY_VARIABLE = "PES21_WEBHOOK_SECRET_KEY";

	static final String ADMIN_PASSWORD_VARIABLE = "PES21_ADMIN_PASSWORD";

	static final int MINIMUM_SECRET_BYTES = 32;

	static final int LOG_TAIL_LINES = 20;

	private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

	/**
	 * A foreground launcher stops every process in turn, each within
	 * {@link RunningStack#STOP_GRACE}.
	 */
	private static final Duration LAUNCHER_STOP_GRACE = Duration.ofSeconds(150);

	private static final String USAGE = """
			Usage: ./pes21 <command> [options]

			Commands:
			  up [--background] [--with-prometheus]
			                      start Kafka, the MongoDB wire server, the services and the gateway; wait until
			                      all are ready. Ctrl-C stops everything. --background returns once ready.
			                      --with-prometheus also starts Prometheus (Debian's package: apt-get install
			                      prometheus) on port 9090, scraping every service with ops/prometheus/'s jobs
			                      and alerting rules; its data stays under <local-dir>/prometheus
			  down                stop a stack started with up --background (or a foreground one elsewhere)
			  status              what runs, on which port, ready or not, pid; where each service's metrics are
			  demo                load the 2024 activity of demo-data/ into the running stack through the gateway
			                      (as admin, with PES21_ADMIN_PASSWORD); running it again changes nothing
			  help                this text

			Options:
			  --root <dir>        the repository (built jars are found there); default: the working directory
			  --local-dir <dir>   data, logs and pid files; default <root>/.local
			  --ports-base <port> the gateway's port; every other port moves with it (8080 -> 8081..8085, 9092, 27017)
			  --timeout <seconds> how long up waits for everything to be ready (default 180)

			Environment: PES21_ADMIN_PASSWORD (required by up and demo), PES21_JWT_SECRET (default: generated once into
			.local/jwt-secret), PES21_WEBHOOK_SECRET_KEY (default: generated once into .local/webhook-secret-key),
			PES21_GATEWAY_PORT, PES21_KAFKA_PORT, PES21_MONGO_PORT, PES21_PROMETHEUS_PORT, PES21_<SERVICE>_PORT.
			""";

	private static final Set<String> OPTIONS = Set.of("--root", "--local-dir", "--ports-base", "--timeout");

	/** What {@link #start(StackConfig, Scope, PrintStream)} starts. */
	enum Scope {

		/** Kafka and the MongoDB wire server only. */
		INFRASTRUCTURE,

		/** Everything: infrastructure, services, gateway. */
		SUITE

	}

	private LocalStack() {
	}

	public static void main(String[] args) {
		int exitCode;
		try {
			exitCode = run(args, System.getenv(), System.out);
		}
		catch (StackRefused ex) {
			System.err.println(ex.getMessage());
			exitCode = StackRefused.EXIT_CODE;
		}
		catch (StackFailed ex) {
			System.err.println(ex.getMessage());
			exitCode = StackFailed.EXIT_CODE;
		}
		System.exit(exitCode);
	}

	static int run(String[] args, Map<String, String> environment, PrintStream out) {
		Arguments arguments = Arguments.parse(args);
		String command = arguments.positional().isEmpty() ? "help" : arguments.positional().getFirst();
		if (arguments.has("--help") || arguments.has("-h") || command.equals("help")) {
			out.print(USAGE);
			return 0;
		}
		for (String option : arguments.optionNames()) {
			if (!OPTIONS.contains(option)) {
				throw new StackRefused("Unknown option " + option + " (see ./pes21 help).");
			}
		}
		if (arguments.positional().size() > 1) {
			throw new StackRefused("Unexpected argument " + arguments.positional().get(1) + " (see ./pes21 help).");
		}
		for (String flag : List.of("--background", "--with-prometheus")) {
			if (arguments.has(flag) && !command.equals("up")) {
				throw new StackRefused(flag + " goes with up only (see ./pes21 help).");
			}
		}
		StackConfig config = configuration(arguments, environment);
		return switch (command) {
			case "up" -> up(config, arguments.has("--background"), out);
			case "down" -> down(config, out);
			case "status" -> status(config, out);
			case "demo" -> demo(config, out);
			default ->
				throw new StackRefused("Unknown command '" + command + "' (commands: up, down, status, demo, help).");
		};
	}

	/** Loads the demo data into the stack running on the configured ports. */
	private static int demo(StackConfig config, PrintStream out) {
		try {
			new DemoLoader(URI.create(config.gatewayUrl()), config.adminPassword(), config.repository(), out).load();
			return 0;
		}
		catch (DemoFailed ex) {
			if (ex.exitCode() == StackRefused.EXIT_CODE) {
				throw new StackRefused(ex.getMessage());
			}
			throw new StackFailed(ex.getMessage());
		}
	}

	static StackConfig configuration(Arguments arguments, Map<String, String> environment) {
		Path root = Path.of(arguments.value("--root", "pes21.root", "")).toAbsolutePath().normalize();
		StackConfig config = StackConfig.forRepository(root, environment);
		String localDir = arguments.value("--local-dir", "pes21.local-dir", environment.get("PES21_LOCAL_DIR"));
		if (localDir != null && !localDir.isBlank()) {
			config = config.withLocalDir(Path.of(localDir));
		}
		String portsBase = arguments.value("--ports-base", "pes21.ports-base", environment.get("PES21_PORTS_BASE"));
		if (portsBase != null && !portsBase.isBlank()) {
			try {
				config = config
					.withPorts(StackPorts.basedAt(Integer.parseInt(portsBase.strip())).withEnvironment(environment));
			}
			catch (NumberFormatException ex) {
				throw new StackRefused("--ports-base must be a port number, not '" + portsBase + "'.");
			}
		}
		int timeout = arguments.intValue("--timeout", "pes21.timeout",
				(int) StackConfig.DEFAULT_READINESS_TIMEOUT.toSeconds());
		if (timeout < 1) {
			throw new StackRefused("--timeout must be a positive number of seconds.");
		}
		if (arguments.has("--with-prometheus")) {
			config = config.withPrometheus(prometheusBinary(environment).orElseThrow(() -> new StackRefused(
					"Prometheus is not installed (--with-prometheus runs it): install Debian's package with "
							+ "sudo apt-get install prometheus (then sudo systemctl disable --now prometheus, or "
							+ "set PES21_PROMETHEUS_PORT, since its own service takes port 9090), or start without "
							+ "--with-prometheus.")));
		}
		return config.withReadinessTimeout(Duration.ofSeconds(timeout));
	}

	/** The {@code prometheus} executable found on the {@code PATH}, as a shell would. */
	static Optional<Path> prometheusBinary(Map<String, String> environment) {
		String path = environment.getOrDefault("PATH", "");
		for (String directory : path.split(File.pathSeparator)) {
			if (directory.isBlank()) {
				continue;
			}
			Path candidate = Path.of(directory, PidFiles.PROMETHEUS);
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	// ---- up

	static int up(StackConfig config, boolean background, PrintStream out) {
		RunningStack stack = start(config, Scope.SUITE, out);
		printReady(stack, out);
		if (background) {
			stack.detach();
			out.println("Running in the background: ./pes21 status to look, ./pes21 down to stop.");
			return 0;
		}
		stack.recordLauncher();
		out.println("Press Ctrl-C to stop.");
		Optional<StackProcess> ended = stack.awaitUnexpectedExit();
		if (ended.isEmpty()) {
			return 0;
		}
		StackProcess process = ended.get();
		System.err
			.println(process.label() + " stopped unexpectedly (" + process.exitDescription() + ")." + logTail(process));
		out.println("Stopping the others:");
		stack.stop();
		return StackFailed.EXIT_CODE;
	}

	/**
	 * Starts the whole suite exactly as {@code ./pes21 up} does, printing progress to
	 * standard output.
	 */
	public static RunningStack start(StackConfig config) {
		return start(config, Scope.SUITE, System.out);
	}

	/**
	 * Checks, then starts each phase (infrastructure, then the services and the gateway
	 * together) and waits for all its processes to be ready, under one deadline. On
	 * failure, stops what was started and throws.
	 */
	static RunningStack start(StackConfig config, Scope scope, PrintStream out) {
		Instant begin = Instant.now();
		Instant deadline = begin.plus(config.readinessTimeout());
		check(config, scope);
		out.println("Starting " + ((scope == Scope.SUITE) ? "PES 21" : "Kafka and the MongoDB wire server") + " from "
				+ config.repository() + " (data in " + config.localDir() + ")");
		String jwtSecret = (scope == Scope.SUITE) ? jwtSecret(config) : "";
		if (scope == Scope.SUITE) {
			copyJars(config);
			if (config.prometheus() != null) {
				PrometheusConfiguration.write(config);
			}
		}
		RunningStack stack = new RunningStack(config, out);
		try {
			for (List<ProcessSpec> phase : phases(config, scope, jwtSecret)) {
				List<StackProcess> started = phase.stream().map(stack::launch).toList();
				awaitReady(started, deadline, stack, out);
			}
		}
		catch (RuntimeException ex) {
			stack.stop();
			throw ex;
		}
		stack.ready(Duration.between(begin, Instant.now()));
		return stack;
	}

	/**
	 * Kafka and the MongoDB wire server only, as {@code up} starts them: for tests of the
	 * infrastructure.
	 */
	static RunningStack startInfrastructure(StackConfig config, PrintStream out) {
		return start(config, Scope.INFRASTRUCTURE, out);
	}

	/** Every reason to refuse before starting anything; the first one found is thrown. */
	static void check(StackConfig config, Scope scope) {
		if (scope == Scope.SUITE) {
			if (config.adminPassword() == null || config.adminPassword().isBlank()) {
				throw new StackRefused(ADMIN_PASSWORD_VARIABLE + " is not set: the gateway's user admin needs a "
						+ "password. Run: export " + ADMIN_PASSWORD_VARIABLE + "='<a password>' and try again.");
			}
			if (config.jwtSecret() != null && !config.jwtSecret().isBlank()
					&& config.jwtSecret().getBytes(StandardCharsets.UTF_8).length < MINIMUM_SECRET_BYTES) {
				throw new StackRefused(JWT_SECRET_VARIABLE + " is shorter than " + MINIMUM_SECRET_BYTES
						+ " bytes: set a longer one, or unset it to use a generated secret.");
			}
		}
		PidFiles pidFiles = new PidFiles(config.runDir());
		for (String name : pidFiles.names()) {
			Optional<ProcessHandle> running = pidFiles.process(name);
			if (running.isPresent()) {
				throw new StackRefused("PES 21 already runs from " + config.localDir() + " (" + name + ", pid "
						+ running.get().pid() + "): see ./pes21 status, or stop it with ./pes21 down.");
			}
		}
		Map<Integer, String> ports = new HashMap<>();
		for (ProcessSpec spec : phases(config, scope, "").stream().flatMap(List::stream).toList()) {
			String other = ports.putIfAbsent(spec.port(), spec.label());
			if (other != null) {
				throw new StackRefused("Port " + spec.port() + " is given to both " + other + " and " + spec.label()
						+ ": choose distinct ports.");
			}
			if (!isFree(spec.port())) {
				throw new StackRefused("Port " + spec.port() + " (" + spec.label() + ") is already in use: stop "
						+ "what uses it, or choose other ports (" + portVariable(spec) + " or --ports-base).");
			}
		}
		if (scope == Scope.SUITE && config.prometheus() != null) {
			// refuses a configuration that scrapes something this stack does not run
			PrometheusConfiguration.forLocalStack(config);
		}
		List<Path> needed = new ArrayList<>(List.of(config.localStackClasses(), config.localStackLibraries()));
		if (scope == Scope.SUITE) {
			for (ServiceDefinition service : ServiceDefinition.values()) {
				needed.add(config.jar(service.module()));
			}
			needed.add(config.jar("gateway"));
		}
		for (Path path : needed) {
			if (!Files.exists(path)) {
				throw new StackRefused(config.repository().relativize(path) + " is missing: build first with "
						+ "./mvnw -B -DskipTests install (./pes21 up builds what is missing).");
			}
		}
	}

	private static String portVariable(ProcessSpec spec) {
		return switch (spec.name()) {
			case "kafka" -> "PES21_KAFKA_PORT";
			case "mongo" -> "PES21_MONGO_PORT";
			case "gateway" -> "PES21_GATEWAY_PORT";
			default -> "PES21_" + spec.name().replace("-service", "").toUpperCase(Locale.ROOT) + "_PORT";
		};
	}

	private static boolean isFree(int port) {
		// Bind as the services do (every interface, address reuse on): a listener on any
		// local address refuses.
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * The processes, in start order, grouped in phases: a phase starts together and is
	 * waited for before the next. The gateway starts with the services: it needs none of
	 * them to start, and on two cores the three Spring Boot JVMs are ready sooner side by
	 * side than one after another. Prometheus, when asked for, comes last and alone
	 * (stopped first): it only reads the others, and started once they are ready it never
	 * counts one that is merely starting as down.
	 */
	static List<List<ProcessSpec>> phases(StackConfig config, Scope scope, String jwtSecret) {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<List<ProcessSpec>> phases = new ArrayList<>();
		phases.add(List.of(kafka(config, java), mongo(config, java)));
		if (scope == Scope.SUITE) {
			List<ProcessSpec> applications = new ArrayList<>();
			for (ServiceDefinition service : ServiceDefinition.values()) {
				applications.add(service(config, java, service, jwtSecret));
			}
			applications.add(gateway(config, java, jwtSecret));
			phases.add(applications);
			if (config.prometheus() != null) {
				phases.add(List.of(prometheus(config)));
			}
		}
		return phases;
	}

	private static ProcessSpec kafka(StackConfig config, String java) {
		int port = config.ports().kafka();
		return new ProcessSpec("kafka", "Kafka broker", port,
				List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "--sun-misc-unsafe-memory-access=allow",
						"-Dpes21.component=kafka", "-cp", config.infrastructureClasspath(), KafkaBroker.class.getName(),
						"--port", Integer.toString(port), "--data-dir", config.kafkaDir().toString()),
				Map.of(), Set.of(ADMIN_PASSWORD_VARIABLE, JWT_SECRET_VARIABLE), Readiness.KAFKA);
	}

	private static ProcessSpec mongo(StackConfig config, String java) {
		int port = config.ports().mongo();
		return new ProcessSpec("mongo", "MongoDB wire server", port,
				List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-Dpes21.component=mongo", "-cp",
						config.infrastructureClasspath(), MongoWireServer.class.getName(), "--port",
						Integer.toString(port), "--data-dir", config.mongoDir().toString()),
				Map.of(), Set.of(ADMIN_PASSWORD_VARIABLE, JWT_SECRET_VARIABLE), Readiness.MONGO);
	}

	private static ProcessSpec service(StackConfig config, String java, ServiceDefinition service, String jwtSecret) {
		int port = config.ports().of(service);
		Map<String, String> environment = springEnvironment(port, jwtSecret);
		environment.put("KAFKA_BOOTSTRAP_SERVERS", "localhost:" + config.ports().kafka());
		environment.put("MONGODB_URI", "mongodb://localhost:" + config.ports().mongo() + "/" + service.database());
		if (service == ServiceDefinition.DLA && System.getenv(WEBHOOK_SECRET_KEY_VARIABLE) == null) {
			environment.put(WEBHOOK_SECRET_KEY_VARIABLE,
					generatedSecret(config.localDir().resolve("webhook-secret-key"), 32));
		}
		return new ProcessSpec(service.module(), service.module(), port, springCommand(java, service.module(), config),
				environment, Set.of(ADMIN_PASSWORD_VARIABLE), Readiness.HTTP);
	}

	private static ProcessSpec gateway(StackConfig config, String java, String jwtSecret) {
		int port = config.ports().gateway();
		Map<String, String> environment = springEnvironment(port, jwtSecret);
		environment.put(ADMIN_PASSWORD_VARIABLE, (config.adminPassword() != null) ? config.adminPassword() : "");
		for (ServiceDefinition service : ServiceDefinition.values()) {
			environment.put(service.gatewayUrlVariable(), "http://localhost:" + config.ports().of(service));
		}
		return new ProcessSpec("gateway", "gateway", port, springCommand(java, "gateway", config), environment,
				Set.of(), Readiness.HTTP);
	}

	/**
	 * Debian's Prometheus with the configuration generated from {@code ops/prometheus/}
	 * ({@link PrometheusConfiguration}), its data under {@code .local/prometheus/data}.
	 */
	private static ProcessSpec prometheus(StackConfig config) {
		int port = config.ports().prometheus();
		return new ProcessSpec(PidFiles.PROMETHEUS, "Prometheus", port,
				List.of(config.prometheus().toString(), "--config.file=" + config.prometheusConfigFile(),
						PidFiles.prometheusDataOption(config.localDir()), "--web.listen-address=:" + port),
				Map.of(), Set.of(ADMIN_PASSWORD_VARIABLE, JWT_SECRET_VARIABLE, WEBHOOK_SECRET_KEY_VARIABLE),
				Readiness.PROMETHEUS);
	}

	private static Map<String, String> springEnvironment(int port, String jwtSecret) {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("SERVER_PORT", Integer.toString(port));
		environment.put(JWT_SECRET_VARIABLE, jwtSecret);
		// human-readable logs: structured JSON logs are for the other profiles
		environment.put("SPRING_PROFILES_ACTIVE", "local");
		return environment;
	}

	/**
	 * Exemplars (trace ids) on buckets and counters only: Debian's Prometheus (2.42, what
	 * {@code --with-prometheus} runs) rejects a whole scrape that has one on a
	 * histogram's {@code _count}, which Micrometer adds by default; Prometheus 2.43 and
	 * later accept them.
	 */
	static final String EXEMPLARS_ON_BUCKETS_ONLY = "-Dmanagement.prometheus.metrics.export.properties"
			+ ".io.prometheus.exporter.exemplarsOnAllMetricTypes=false";

	private static List<String> springCommand(String java, String module, StackConfig config) {
		return List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", EXEMPLARS_ON_BUCKETS_ONLY,
				"-Dpes21.component=" + module, "-jar", config.runningJar(module).toString());
	}

	/**
	 * The processes run copies of the jars: a JVM loads classes from its jar lazily, and
	 * a rebuild that rewrites the jar under a running service breaks it
	 * (NoClassDefFoundError at the next request).
	 */
	private static void copyJars(StackConfig config) {
		List<String> modules = new ArrayList<>();
		for (ServiceDefinition service : ServiceDefinition.values()) {
			modules.add(service.module());
		}
		modules.add("gateway");
		try {
			for (String module : modules) {
				Path target = config.runningJar(module);
				Files.createDirectories(target.getParent());
				Files.copy(config.jar(module), target, StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
		catch (IOException ex) {
			throw new StackFailed("Could not copy the jars into " + config.localDir() + ": " + ex.getMessage());
		}
	}

	/**
	 * {@code PES21_JWT_SECRET}, or the secret generated on the first start and kept in
	 * {@code .local/}.
	 */
	static String jwtSecret(StackConfig config) {
		if (config.jwtSecret() != null && !config.jwtSecret().isBlank()) {
			return config.jwtSecret();
		}
		return generatedSecret(config.jwtSecretFile(), 48);
	}

	/**
	 * The base64 of {@code bytes} random bytes, generated on the first start and kept in
	 * {@code file} (readable by its owner only) so data sealed with it stays readable.
	 */
	static String generatedSecret(Path file, int bytes) {
		try {
			if (Files.exists(file)) {
				return Files.readString(file).strip();
			}
			Files.createDirectories(file.getParent());
			byte[] random = new byte[bytes];
			new SecureRandom().nextBytes(random);
			String secret = Base64.getEncoder().encodeToString(random);
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(file, secret + "\n");
			return secret;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void awaitReady(List<StackProcess> group, Instant deadline, RunningStack stack, PrintStream out) {
		Set<StackProcess> waiting = new LinkedHashSet<>(group);
		while (!waiting.isEmpty()) {
			for (Iterator<StackProcess> iterator = waiting.iterator(); iterator.hasNext();) {
				StackProcess process = iterator.next();
				if (stack.isStopping()) {
					throw new StackFailed("Stopped before PES 21 was ready.");
				}
				if (!process.isAlive()) {
					throw new StackFailed(process.label() + " stopped before it was ready (" + process.exitDescription()
							+ ")." + logTail(process));
				}
				if (process.isReady()) {
					process.markReady();
					out.printf("  %-22s ready on port %-5d in %5.1f s  (pid %d)%n", process.name(), process.port(),
							process.startupTime().toMillis() / 1000.0, process.pid());
					iterator.remove();
				}
			}
			if (waiting.isEmpty()) {
				return;
			}
			if (Instant.now().isAfter(deadline)) {
				StackProcess late = waiting.iterator().next();
				throw new StackFailed(late.label() + " was not ready on port " + late.port() + " within "
						+ stack.config().readinessTimeout().toSeconds() + " s." + logTail(late));
			}
			// the pause between probes also returns at once if that process dies
			waiting.iterator().next().waitForExit(POLL_INTERVAL);
		}
	}

	private static String logTail(StackProcess process) {
		StringBuilder tail = new StringBuilder("\nLast " + LOG_TAIL_LINES + " lines of " + process.log() + ":\n");
		process.logTail(LOG_TAIL_LINES).forEach((line) -> tail.append("  | ").append(line).append('\n'));
		return tail.toString().stripTrailing();
	}

	private static void printReady(RunningStack stack, PrintStream out) {
		StackConfig config = stack.config();
		String port = Integer.toString(config.ports().gateway());
		out.println();
		out.printf("Ready in %.1f s.%n", stack.readyAfter().toMillis() / 1000.0);
		out.println("PES 21 is ready at " + stack.gatewayUrl());
		out.println("Open:    " + stack.gatewayUrl() + "/ in a browser: the staff application, as admin with $"
				+ ADMIN_PASSWORD_VARIABLE);
		out.println("Log in:  curl -s -X POST localhost:" + port
				+ "/auth/token -H 'Content-Type: application/json' -d \"{\\\"username\\\":\\\"admin\\\","
				+ "\\\"password\\\":\\\"$" + ADMIN_PASSWORD_VARIABLE + "\\\"}\"");
		out.println("Logs:    " + config.logsDir() + "/<name>.log (" + String.join(", ", stack.pids().keySet()) + ")");
		if (config.prometheus() != null) {
			out.println("Metrics: Prometheus at " + config.prometheusUrl() + " (targets: " + config.prometheusUrl()
					+ "/targets, alerts: " + config.prometheusUrl() + "/alerts); each service's own at "
					+ "http://localhost:<port>" + PrometheusConfiguration.METRICS_PATH
					+ " (./pes21 status lists them)");
		}
	}

	// ---- down

	static int down(StackConfig config, PrintStream out) {
		PidFiles pidFiles = new PidFiles(config.runDir());
		boolean any = false;
		Optional<ProcessHandle> launcher = pidFiles.process(PidFiles.LAUNCHER);
		if (launcher.isPresent()) {
			any = true;
			out.println("Stopping the PES 21 launcher (pid " + launcher.get().pid() + "), which stops the rest:");
			stop(launcher.get(), LAUNCHER_STOP_GRACE, out, PidFiles.LAUNCHER);
		}
		pidFiles.delete(PidFiles.LAUNCHER);
		for (String name : stopOrder(config, pidFiles)) {
			Optional<ProcessHandle> process = pidFiles.process(name);
			if (process.isPresent()) {
				any = true;
				stop(process.get(), RunningStack.STOP_GRACE, out, name);
			}
			pidFiles.delete(name);
		}
		if (!any) {
			out.println("PES 21 is not running from " + config.localDir() + ".");
		}
		return 0;
	}

	/**
	 * Prometheus, gateway, services in reverse, MongoDB, Kafka; then any other name a pid
	 * file mentions.
	 */
	private static List<String> stopOrder(StackConfig config, PidFiles pidFiles) {
		List<String> order = new ArrayList<>(
				phases(config, Scope.SUITE, "").stream().flatMap(List::stream).map(ProcessSpec::name).toList());
		order = new ArrayList<>(order.reversed());
		order.addFirst(PidFiles.PROMETHEUS);
		for (String name : pidFiles.names()) {
			if (!order.contains(name) && !name.equals(PidFiles.LAUNCHER)) {
				order.add(name);
			}
		}
		return order;
	}

	private static void stop(ProcessHandle process, Duration grace, PrintStream out, String name) {
		long start = System.nanoTime();
		process.destroy();
		boolean clean = true;
		try {
			process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (Exception ex) {
			clean = false;
			process.destroyForcibly();
			process.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally((failure) -> null).join();
		}
		out.printf("  stopped %-22s %s in %.1f s%n", name,
				clean ? "cleanly" : "by SIGKILL after " + grace.toSeconds() + " s", (System.nanoTime() - start) / 1e9);
	}

	// ---- status

	/**
	 * Prints each process (Prometheus only when started with the stack), then where the
	 * metrics are; 0 when all run and are ready, 3 when none runs, 1 otherwise.
	 */
	static int status(StackConfig config, PrintStream out) {
		PidFiles pidFiles = new PidFiles(config.runDir());
		int running = 0;
		int ready = 0;
		List<ProcessSpec> specs = new ArrayList<>(
				phases(config, Scope.SUITE, "").stream().flatMap(List::stream).toList());
		if (pidFiles.exists(PidFiles.PROMETHEUS)) {
			// the command does not matter here: status only probes and names it
			specs.add(prometheus(config.withPrometheus(Path.of(PidFiles.PROMETHEUS))));
		}
		out.println("PES 21 in " + config.localDir());
		Map<String, Integer> ports = new LinkedHashMap<>();
		for (ProcessSpec spec : specs) {
			OptionalInt recordedPort = pidFiles.port(spec.name());
			int port = recordedPort.orElse(spec.port());
			ports.put(spec.name(), port);
			Optional<ProcessHandle> process = pidFiles.process(spec.name());
			String state;
			String pid = "-";
			String memory = "";
			if (process.isPresent()) {
				running++;
				pid = Long.toString(process.get().pid());
				boolean isReady = spec.readiness().check(port);
				ready += isReady ? 1 : 0;
				state = isReady ? "ready" : "starting (not ready)";
				memory = String.format("%4d MiB", StackProcess.rssKiB(process.get().pid()) / 1024);
			}
			else {
				state = pidFiles.exists(spec.name()) ? "not running (stale pid file)" : "not running";
			}
			out.printf("  %-22s port %-5d pid %-8s %-8s %s%n", spec.name(), port, pid, memory, state);
		}
		pidFiles.process(PidFiles.LAUNCHER)
			.ifPresent((launcher) -> out.println("  (in the foreground of the launcher, pid " + launcher.pid() + ")"));
		if (running == 0) {
			return 3;
		}
		printMetrics(specs, ports, pidFiles, out);
		if (ready == specs.size()) {
			out.println("PES 21 is ready at " + "http://localhost:"
					+ pidFiles.port("gateway").orElse(config.ports().gateway()));
			return 0;
		}
		return 1;
	}

	/**
	 * Each service's own metrics endpoint (no login needed), and Prometheus when it runs.
	 */
	private static void printMetrics(List<ProcessSpec> specs, Map<String, Integer> ports, PidFiles pidFiles,
			PrintStream out) {
		out.println("Metrics (Prometheus text format):");
		for (ProcessSpec spec : specs) {
			if (spec.readiness() == Readiness.HTTP) {
				out.printf("  %-22s http://localhost:%d%s%n", spec.name(), ports.get(spec.name()),
						PrometheusConfiguration.METRICS_PATH);
			}
		}
		if (pidFiles.process(PidFiles.PROMETHEUS).isPresent()) {
			String url = "http://localhost:" + ports.get(PidFiles.PROMETHEUS);
			out.printf("  %-22s %s (targets: %s/targets, alerts: %s/alerts)%n", "Prometheus", url, url, url);
		}
	}

}
