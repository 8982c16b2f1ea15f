package fr.pes21.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What runs in the local stack and how each process is started: its command line, its
 * environment (the secrets withheld from those that need none), where it listens and how
 * its readiness is probed. Kafka, the MongoDB wire server, the services and Prometheus
 * listen on 127.0.0.1 only; the gateway where {@link StackConfig#gatewayAddress()} says
 * (every interface by default).
 */
final class Topology {

	static final String ADMIN_PASSWORD_VARIABLE = "PES21_ADMIN_PASSWORD";

	private static final String LOOPBACK = StackConfig.LOOPBACK;

	/**
	 * Every process's heap starts small and grows as it needs: without it the JVM commits
	 * a 64th of the machine's memory at once (the whole -Xmx on 16 GiB and more), and
	 * each process holds about 50 MiB more (docs/benchmarks.md, "RSS").
	 */
	static final String SMALL_FIRST_HEAP = "-Xms32m";

	/**
	 * The database the gateway keeps its accounts and refresh tokens in, on the same
	 * MongoDB wire server as the services' (docs/decisions/0016).
	 */
	static final String GATEWAY_DATABASE = "gateway";

	/** What the processes that serve no metrics never get. */
	private static final Set<String> SECRETS_OF_THE_SUITE = Set.of(ADMIN_PASSWORD_VARIABLE, Secrets.JWT_SECRET_VARIABLE,
			Secrets.WEBHOOK_SECRET_KEY_VARIABLE, Secrets.METRICS_TOKEN_VARIABLE);

	/** What {@link StackStarter#start} starts. */
	enum Scope {

		/** Kafka and the MongoDB wire server only. */
		INFRASTRUCTURE,

		/** Everything: infrastructure, services, gateway. */
		SUITE

	}

	private Topology() {
	}

	/**
	 * The processes, in start order, grouped in phases: a phase starts together and is
	 * waited for before the next. The gateway starts with the services: it needs none of
	 * them to start, and on two cores the three Spring Boot JVMs are ready sooner side by
	 * side than one after another. Prometheus, when asked for, comes last and alone
	 * (stopped first): it only reads the others, and started once they are ready it never
	 * counts one that is merely starting as down.
	 */
	static List<List<ProcessSpec>> phases(StackConfig config, Scope scope, Secrets secrets) {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<List<ProcessSpec>> phases = new ArrayList<>();
		phases.add(List.of(kafka(config, java), mongo(config, java)));
		if (scope == Scope.SUITE) {
			List<ProcessSpec> applications = new ArrayList<>();
			for (ServiceDefinition service : ServiceDefinition.values()) {
				applications.add(service(config, java, service, secrets));
			}
			applications.add(gateway(config, java, secrets));
			phases.add(applications);
			if (config.prometheus() != null) {
				phases.add(List.of(prometheus(config)));
			}
		}
		return phases;
	}

	/**
	 * Every process of the suite, in start order, without secrets: to name and probe
	 * them.
	 */
	static List<ProcessSpec> all(StackConfig config) {
		return phases(config, Scope.SUITE, Secrets.NONE).stream().flatMap(List::stream).toList();
	}

	/**
	 * Prometheus, gateway, services in reverse, MongoDB, Kafka: the reverse of the start
	 * order.
	 */
	static List<String> stopOrder(StackConfig config) {
		List<String> order = new ArrayList<>(all(config).stream().map(ProcessSpec::name).toList().reversed());
		if (!order.contains(PidFiles.PROMETHEUS)) {
			order.addFirst(PidFiles.PROMETHEUS);
		}
		return order;
	}

	/**
	 * Prometheus' spec, for {@code status} when a Prometheus started with the stack runs
	 * (its command does not matter there).
	 */
	static ProcessSpec prometheusForStatus(StackConfig config) {
		return prometheus(config.withPrometheus(Path.of(PidFiles.PROMETHEUS)));
	}

	/** The variable that sets a process's port, for the messages that name it. */
	static String portVariable(String name) {
		return switch (name) {
			case "kafka" -> "PES21_KAFKA_PORT";
			case "mongo" -> "PES21_MONGO_PORT";
			case "gateway" -> "PES21_GATEWAY_PORT";
			case PidFiles.PROMETHEUS -> "PES21_PROMETHEUS_PORT";
			default -> "PES21_" + name.replace("-service", "").toUpperCase(Locale.ROOT) + "_PORT";
		};
	}

	private static ProcessSpec kafka(StackConfig config, String java) {
		int port = config.ports().kafka();
		return new ProcessSpec("kafka", "Kafka broker", LOOPBACK, port,
				List.of(java, SMALL_FIRST_HEAP, "-Xmx512m", "-XX:+UseSerialGC", "--sun-misc-unsafe-memory-access=allow",
						"-Dpes21.component=kafka", "-cp", config.infrastructureClasspath(), KafkaBroker.class.getName(),
						"--port", Integer.toString(port), "--data-dir", config.kafkaDir().toString()),
				Map.of(), SECRETS_OF_THE_SUITE, Readiness.KAFKA);
	}

	private static ProcessSpec mongo(StackConfig config, String java) {
		int port = config.ports().mongo();
		return new ProcessSpec("mongo", "MongoDB wire server", LOOPBACK, port,
				List.of(java, SMALL_FIRST_HEAP, "-Xmx256m", "-XX:+UseSerialGC", "-Dpes21.component=mongo", "-cp",
						config.infrastructureClasspath(), MongoWireServer.class.getName(), "--port",
						Integer.toString(port), "--data-dir", config.mongoDir().toString()),
				Map.of(), SECRETS_OF_THE_SUITE, Readiness.MONGO);
	}

	private static ProcessSpec service(StackConfig config, String java, ServiceDefinition service, Secrets secrets) {
		int port = config.ports().of(service);
		Map<String, String> environment = springEnvironment(port, LOOPBACK, secrets);
		environment.put("KAFKA_BOOTSTRAP_SERVERS", LOOPBACK + ":" + config.ports().kafka());
		environment.put("MONGODB_URI",
				"mongodb://" + LOOPBACK + ":" + config.ports().mongo() + "/" + service.database());
		if (service == ServiceDefinition.DLA && secrets.webhookSecretKey() != null) {
			environment.put(Secrets.WEBHOOK_SECRET_KEY_VARIABLE, secrets.webhookSecretKey());
		}
		return new ProcessSpec(service.module(), service.module(), LOOPBACK, port,
				springCommand(java, service.module(), config), environment, Set.of(ADMIN_PASSWORD_VARIABLE),
				Readiness.HTTP);
	}

	private static ProcessSpec gateway(StackConfig config, String java, Secrets secrets) {
		int port = config.ports().gateway();
		Map<String, String> environment = springEnvironment(port, config.gatewayAddress(), secrets);
		environment.put(ADMIN_PASSWORD_VARIABLE, (config.adminPassword() != null) ? config.adminPassword() : "");
		environment.put("MONGODB_URI", "mongodb://" + LOOPBACK + ":" + config.ports().mongo() + "/" + GATEWAY_DATABASE);
		for (ServiceDefinition service : ServiceDefinition.values()) {
			environment.put(service.gatewayUrlVariable(), "http://" + LOOPBACK + ":" + config.ports().of(service));
		}
		return new ProcessSpec("gateway", "gateway", config.gatewayHost(), port, springCommand(java, "gateway", config),
				environment, Set.of(Secrets.WEBHOOK_SECRET_KEY_VARIABLE), Readiness.HTTP);
	}

	/**
	 * Debian's Prometheus with the configuration generated from {@code ops/prometheus/}
	 * ({@link PrometheusConfiguration}), its data under {@code .local/prometheus/data}.
	 */
	private static ProcessSpec prometheus(StackConfig config) {
		int port = config.ports().prometheus();
		return new ProcessSpec(PidFiles.PROMETHEUS, "Prometheus", LOOPBACK, port,
				List.of(config.prometheus().toString(), "--config.file=" + config.prometheusConfigFile(),
						PidFiles.prometheusDataOption(config.localDir()),
						"--web.listen-address=" + LOOPBACK + ":" + port),
				Map.of(), SECRETS_OF_THE_SUITE, Readiness.PROMETHEUS);
	}

	private static Map<String, String> springEnvironment(int port, String address, Secrets secrets) {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("SERVER_PORT", Integer.toString(port));
		if (address != null) {
			environment.put("SERVER_ADDRESS", address);
		}
		environment.put(Secrets.JWT_SECRET_VARIABLE, secrets.jwtSecret());
		environment.put(Secrets.METRICS_TOKEN_VARIABLE, secrets.metricsToken());
		// human-readable logs: structured JSON logs are for the other profiles
		environment.put("SPRING_PROFILES_ACTIVE", "local");
		return environment;
	}

	/**
	 * The extracted jar when the build extracted one (its classes load from plain jars:
	 * about a third less CPU to start than the fat jar's nested ones), with its AOT cache
	 * when the build trained one (about half the start time again, docs/benchmarks.md);
	 * otherwise the jar itself.
	 */
	static List<String> springCommand(String java, String module, StackConfig config) {
		List<String> command = new ArrayList<>(List.of(java, SMALL_FIRST_HEAP, "-Xmx256m", "-XX:TieredStopAtLevel=1",
				"-XX:+UseSerialGC", "-Dpes21.component=" + module));
		Path aot = config.runningAot(module);
		Path extracted = StackConfig.extractedJar(aot, module);
		if (!Files.exists(extracted)) {
			command.addAll(List.of("-jar", config.runningJar(module).toString()));
			return List.copyOf(command);
		}
		if (Files.exists(aot.resolve(StackConfig.AOT_CACHE))) {
			command.add("-XX:AOTCache=" + aot.resolve(StackConfig.AOT_CACHE));
		}
		command.addAll(List.of("-jar", extracted.toString()));
		return List.copyOf(command);
	}

}
