package fr.pes21.deployment.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import fr.pes21.deployment.SuiteService;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * docker-compose.yml checked against the suite as its modules describe it
 * ({@link fr.pes21.deployment.Suite}). Each method returns what is wrong, one sentence
 * per problem saying what to add or change where; an empty list means that aspect holds.
 * The parsed tree is given, not read here, so that a test can break a copy and see the
 * check report it. Files the compose file refers to (mounts, the Dockerfile, Prometheus'
 * and Grafana's configuration) are read relative to {@code directory}.
 */
final class ComposeCheck {

	/**
	 * Read by the JVM ({@code JAVA_TOOL_OPTIONS}) and by Spring Boot itself (the active
	 * profiles), so declared by no application.yaml; nothing else is allowed without a
	 * reader.
	 */
	static final Set<String> RUNTIME_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "SPRING_PROFILES_ACTIVE");

	/**
	 * Origins a browser shows in its address bar, not addresses a service connects to:
	 * localhost is right for them.
	 */
	static final Set<String> BROWSER_ORIGINS = Set.of("PES21_CORS_ORIGINS");

	/** The operations UIs a person opens from the host, besides the gateway. */
	static final List<String> OPERATIONS_UIS = List.of("grafana", "prometheus");

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	/**
	 * {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME:?message}}; not
	 * {@code $${...}}.
	 */
	private static final Pattern INTERPOLATION = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)}");

	/** {@code [scheme://][user:password@]host:port}: the host and the port. */
	private static final Pattern ADDRESS = Pattern
		.compile("^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/]*@)?([A-Za-z0-9.-]+):(\\d+)");

	/** {@code mongodb://user:password@host:port/database?options}. */
	private static final Pattern MONGODB_URI = Pattern
		.compile("^mongodb://(?:([^:@/]+):([^@/]*)@)?([^/@]+)/([^/?]+)(\\?.*)?$");

	/** A placeholder of an environment variable (upper case), as Spring resolves it. */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

	private static final Pattern SECRET = Pattern.compile(".*(SECRET|PASSWORD|_KEY).*|.*_TOKEN");

	/**
	 * The variable of the MongoDB service listing the users it creates,
	 * {@code <user>:<database>:<password variable>} (ops/compose/mongo-users.js).
	 */
	static final String MONGO_USERS = "PES21_MONGO_USERS";

	/**
	 * The images of the services that hold the suite's data and must stay unreachable.
	 */
	static final List<String> DATA_IMAGES = List.of("apache/kafka", "mongo");

	/**
	 * The variable of Prometheus' scrape token, which every deployable's metrics ask for.
	 */
	static final String METRICS_TOKEN = "PES21_METRICS_TOKEN";

	private static final JsonSchema COMPOSE_SPEC = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
		.getSchema(SchemaLocation.of("classpath:schemas/compose-spec.json"));

	private final JsonNode compose;

	private final Path directory;

	private final List<SuiteService> suite;

	/**
	 * What {@code platform} and {@code platform-base} read for every deployable built on
	 * them.
	 */
	private final Set<String> platformVariables;

	ComposeCheck(JsonNode compose, Path directory, List<SuiteService> suite) {
		this.compose = compose;
		this.directory = directory;
		this.suite = suite;
		this.platformVariables = placeholders(directory.resolve("platform/src/main/java"));
		this.platformVariables.addAll(placeholders(directory.resolve("platform-base/src/main/java")));
	}

	static JsonNode read(Path file) {
		try {
			return YAML.readTree(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The variables of an env file (.env.example) and their values. */
	static Map<String, String> envFile(Path file) {
		Map<String, String> variables = new LinkedHashMap<>();
		for (String line : readLines(file)) {
			Matcher variable = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)=(.*)$").matcher(line);
			if (variable.matches()) {
				variables.put(variable.group(1), variable.group(2).strip());
			}
		}
		return variables;
	}

	/**
	 * The file is a compose file: it validates against the Compose Specification's JSON
	 * Schema (what {@code docker compose config} checks first), so a misspelt key or a
	 * value of the wrong type fails here rather than on the Docker host.
	 */
	List<String> schema() {
		return COMPOSE_SPEC.validate(this.compose.toString(), InputFormat.JSON)
			.stream()
			.map((message) -> "docker-compose.yml does not follow the Compose Specification: " + message.getMessage())
			.sorted()
			.toList();
	}

	/** Every deployable has a compose service of its name, built from its own module. */
	List<String> missingServices() {
		List<String> problems = new ArrayList<>();
		for (SuiteService service : this.suite) {
			JsonNode entry = service(service.name());
			if (entry.isMissingNode()) {
				problems.add(
						"add a service '%s' to docker-compose.yml, built from its module (build: context: ., args: MODULE: %s)"
							.formatted(service.name(), service.module().getFileName()));
				continue;
			}
			String module = entry.path("build").path("args").path("MODULE").asString("");
			if (!module.equals(service.module().getFileName().toString())) {
				problems.add("%s: set build.args.MODULE to '%s' (its module), not '%s'".formatted(service.name(),
						service.module().getFileName(), module));
			}
		}
		return problems;
	}

	/** Each deployable's health check asks its readiness endpoint on its own port. */
	List<String> healthChecks() {
		List<String> problems = new ArrayList<>();
		for (SuiteService service : deployed()) {
			String test = String.join(" ", strings(service(service.name()).path("healthcheck").path("test")));
			Pattern readiness = Pattern.compile("(localhost|127\\.0\\.0\\.1):" + service.port()
					+ Pattern.quote(SuiteService.READINESS_PATH) + "(\\s|$)");
			if (!readiness.matcher(test).find()) {
				problems
					.add("%s: its healthcheck.test must ask http://127.0.0.1:%d%s (its port and readiness), not '%s'"
						.formatted(service.name(), service.port(), SuiteService.READINESS_PATH, test));
			}
		}
		return problems;
	}

	/**
	 * Each deployable gets every variable it needs, none it does not read, and its
	 * addresses name the compose services that answer there.
	 */
	List<String> environments() {
		List<String> problems = new ArrayList<>();
		for (SuiteService service : deployed()) {
			Map<String, String> environment = environment(service(service.name()));
			for (String required : service.requiredVariables()) {
				if (!environment.containsKey(required)) {
					problems.add("%s: add %s to its environment in docker-compose.yml (%s has no usable default for it)"
						.formatted(service.name(), required, configurationOf(service)));
				}
			}
			for (String variable : environment.keySet()) {
				if (!reads(service, variable)) {
					problems.add("%s: %s is set in docker-compose.yml but %s never reads it: fix its name or remove it"
						.formatted(service.name(), variable, configurationOf(service)));
				}
			}
			service.variables().forEach((variable, fallback) -> {
				if (isAddress(variable, fallback) && environment.containsKey(variable)) {
					problems.addAll(addressProblems(service, variable, environment.get(variable), fallback));
				}
			});
		}
		return problems;
	}

	/**
	 * Each deployable starts once what it connects to is healthy; the gateway once every
	 * service is; every awaited service has a health check to await.
	 */
	List<String> startOrder() {
		List<String> problems = new ArrayList<>();
		for (SuiteService service : deployed()) {
			JsonNode dependsOn = service(service.name()).path("depends_on");
			Set<String> awaited = new LinkedHashSet<>(addresses(service).values());
			if (service.isGateway()) {
				this.suite.stream().filter((s) -> !s.isGateway()).forEach((s) -> awaited.add(s.name()));
			}
			for (String target : awaited) {
				String condition = dependsOn.path(target).path("condition").asString("");
				if (!"service_healthy".equals(condition)) {
					problems
						.add("%s: add '%s: {condition: service_healthy}' to its depends_on (it needs %s ready first)"
							.formatted(service.name(), target, target));
				}
			}
		}
		for (Map.Entry<String, JsonNode> entry : this.compose.path("services").properties()) {
			JsonNode dependsOn = entry.getValue().path("depends_on");
			if (dependsOn.isArray()) {
				problems.add("%s: write depends_on as a map with a condition for each service: a list only waits for"
					.formatted(entry.getKey()) + " the containers to start");
			}
			for (Map.Entry<String, JsonNode> dependency : dependsOn.properties()) {
				JsonNode target = service(dependency.getKey());
				String condition = dependency.getValue().path("condition").asString("");
				if (target.isMissingNode()) {
					problems.add("%s: depends on '%s', which is no service of docker-compose.yml"
						.formatted(entry.getKey(), dependency.getKey()));
				}
				else if ("service_healthy".equals(condition) && !hasHealthCheck(target)) {
					problems.add("%s: waits for %s to be healthy, but %s has no healthcheck: add one"
						.formatted(entry.getKey(), dependency.getKey(), dependency.getKey()));
				}
			}
		}
		return problems;
	}

	/** Every container has a memory limit; a JVM sizes its heap from it. */
	List<String> memoryLimits() {
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, JsonNode> entry : this.compose.path("services").properties()) {
			JsonNode service = entry.getValue();
			if (service.path("deploy").path("resources").path("limits").path("memory").isMissingNode()
					&& service.path("mem_limit").isMissingNode()) {
				problems.add("%s: add deploy.resources.limits.memory".formatted(entry.getKey()));
			}
		}
		for (SuiteService service : deployed()) {
			String options = environment(service(service.name())).getOrDefault("JAVA_TOOL_OPTIONS", "");
			if (!options.contains("-XX:MaxRAMPercentage=")) {
				problems
					.add("%s: set JAVA_TOOL_OPTIONS with -XX:MaxRAMPercentage=<n> so that its heap follows its limit"
						.formatted(service.name()));
			}
		}
		return problems;
	}

	/**
	 * Every interpolated variable is documented in .env.example; secrets come from .env
	 * only, compose refusing to start without them, and .env.example holds none.
	 * @param example the variables of .env.example and their values
	 */
	List<String> environmentFile(Map<String, String> example) {
		List<String> problems = new ArrayList<>();
		Set<String> interpolated = new LinkedHashSet<>();
		forEachString(this.compose, (text) -> {
			Matcher matcher = INTERPOLATION.matcher(text);
			while (matcher.find()) {
				interpolated.add(matcher.group(1));
			}
		});
		for (String variable : interpolated) {
			if (!example.containsKey(variable)) {
				problems.add("add %s to .env.example: docker-compose.yml reads it from .env".formatted(variable));
			}
		}
		forEachString(this.compose, (text) -> {
			Matcher matcher = INTERPOLATION.matcher(text);
			while (matcher.find()) {
				if (SECRET.matcher(matcher.group(1)).matches() && !matcher.group(2).startsWith(":?")) {
					problems.add("${%s%s} gives a secret a default: write ${%s:?<what to do>} so that it comes from"
						.formatted(matcher.group(1), matcher.group(2), matcher.group(1)) + " .env only");
				}
			}
		});
		for (Map.Entry<String, JsonNode> entry : this.compose.path("services").properties()) {
			environment(entry.getValue()).forEach((variable, value) -> {
				if (SECRET.matcher(variable).matches() && !INTERPOLATION.matcher(value).matches()) {
					problems.add("%s: %s is a secret: write ${%s:?<what to do>} so that it comes from .env and compose"
						.formatted(entry.getKey(), variable, variable) + " refuses to start without it");
				}
			});
		}
		example.forEach((variable, value) -> {
			if (SECRET.matcher(variable).matches() && !value.isEmpty()) {
				problems.add("leave %s empty in .env.example (with the command that generates one above it)"
					.formatted(variable));
			}
		});
		return problems;
	}

	/**
	 * Every topic is created, with its partitions, by the one-shot service that runs
	 * ops/compose/create-topics.sh.
	 */
	List<String> topics(List<String> topics) {
		List<JsonNode> creators = this.compose.path("services")
			.values()
			.stream()
			.filter((service) -> String.join(" ", strings(service.path("entrypoint"))).contains("create-topics.sh"))
			.toList();
		if (creators.isEmpty()) {
			return List.of("add a one-shot service that runs ops/compose/create-topics.sh <topic>:<partitions>...");
		}
		Map<String, String> created = new LinkedHashMap<>();
		creators.forEach((creator) -> strings(creator.path("command"))
			.forEach((spec) -> created.put(spec.replaceFirst(":.*$", ""), spec.replaceFirst("^[^:]*:?", ""))));
		List<String> problems = new ArrayList<>();
		for (String topic : topics) {
			if (!created.containsKey(topic)) {
				problems.add("add '%s:<partitions>' to the command of the service running create-topics.sh"
					.formatted(topic));
			}
			else if (!created.get(topic).matches("[1-9][0-9]*")) {
				problems.add("give %s its partitions: '%s:<partitions>'".formatted(topic, topic));
			}
		}
		return problems;
	}

	/** Each service has a database of its own, on the replica set MongoDB runs. */
	List<String> databases() {
		List<String> problems = new ArrayList<>();
		Map<String, String> owners = new LinkedHashMap<>();
		Optional<String> replicaSet = this.compose.path("services")
			.values()
			.stream()
			.map((service) -> strings(service.path("command")))
			.filter((command) -> command.indexOf("--replSet") >= 0 && command.indexOf("--replSet") < command.size() - 1)
			.map((command) -> command.get(command.indexOf("--replSet") + 1))
			.findFirst();
		for (SuiteService service : deployed()) {
			if (!service.variables().containsKey("MONGODB_URI")) {
				continue;
			}
			String uri = environment(service(service.name())).getOrDefault("MONGODB_URI", "");
			Matcher matcher = Pattern.compile("^mongodb://[^/]+/([^/?]+)(\\?.*)?$").matcher(uri);
			if (!matcher.matches()) {
				problems.add("%s: give MONGODB_URI its own database, mongodb://<host>:27017/<database>?replicaSet=<set>"
					.formatted(service.name()));
				continue;
			}
			String previous = owners.putIfAbsent(matcher.group(1), service.name());
			if (previous != null) {
				problems.add("%s: uses database '%s' of %s; each service owns its database".formatted(service.name(),
						matcher.group(1), previous));
			}
			if (replicaSet.isEmpty() || !uri.contains("replicaSet=" + replicaSet.get())) {
				problems.add("%s: add ?replicaSet=%s to MONGODB_URI (MongoDB runs with --replSet %s)"
					.formatted(service.name(), replicaSet.orElse("<set>"), replicaSet.orElse("<set>")));
			}
		}
		return problems;
	}

	/**
	 * Each service logs in to MongoDB as its own user, one the MongoDB service creates
	 * for that service's database ({@value #MONGO_USERS}), with the password both take
	 * from the same .env variable.
	 */
	List<String> databaseUsers() {
		List<String> problems = new ArrayList<>();
		Map<String, String> users = new LinkedHashMap<>();
		for (SuiteService service : deployed()) {
			if (!service.variables().containsKey("MONGODB_URI")) {
				continue;
			}
			Matcher uri = MONGODB_URI.matcher(environment(service(service.name())).getOrDefault("MONGODB_URI", ""));
			if (!uri.matches() || uri.group(1) == null) {
				problems.add("%s: MONGODB_URI must log in as the service's own user,".formatted(service.name())
						+ " mongodb://<user>:${<PASSWORD VARIABLE>:?...}@<host>:27017/<database>?replicaSet=<set>");
				continue;
			}
			String user = uri.group(1);
			String database = uri.group(4);
			Matcher password = INTERPOLATION.matcher(uri.group(2));
			String mongo = uri.group(3).replaceFirst(":\\d+$", "");
			String previous = users.putIfAbsent(user, service.name());
			if (previous != null) {
				problems.add("%s and %s both log in to MongoDB as %s; give each service its own user"
					.formatted(previous, service.name(), user));
			}
			if (!password.matches()) {
				problems.add("%s: the password in MONGODB_URI must come from .env, ${<VARIABLE>:?...}"
					.formatted(service.name()));
				continue;
			}
			String variable = password.group(1);
			Map<String, String> mongoEnvironment = environment(service(mongo));
			List<String> created = List.of(mongoEnvironment.getOrDefault(MONGO_USERS, "").trim().split("\\s+"));
			String expected = user + ":" + database + ":" + variable;
			if (!created.contains(expected)) {
				problems.add("%s: add '%s' to %s of %s, so that it creates the user MONGODB_URI logs in as"
					.formatted(service.name(), expected, MONGO_USERS, mongo));
			}
			Matcher given = INTERPOLATION.matcher(mongoEnvironment.getOrDefault(variable, ""));
			if (!given.matches() || !given.group(1).equals(variable)) {
				problems.add("%s: set %s: ${%s:?...} in the environment of %s, the password it creates %s with"
					.formatted(service.name(), variable, variable, mongo, user));
			}
		}
		return problems;
	}

	/**
	 * Kafka and MongoDB publish no port and sit on internal networks only; each
	 * deployable shares a network with every compose service it connects to.
	 */
	List<String> networks() {
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, JsonNode> entry : this.compose.path("services").properties()) {
			String image = entry.getValue().path("image").asString("");
			if (DATA_IMAGES.stream().noneMatch((data) -> image.startsWith(data + ":"))) {
				continue;
			}
			if (!entry.getValue().path("ports").isMissingNode()) {
				problems.add("%s: publish none of its ports; operators use the tools inside its container"
					.formatted(entry.getKey()) + " (docker compose exec)");
			}
			for (String network : networksOf(entry.getValue())) {
				if (!this.compose.path("networks").path(network).path("internal").asBoolean(false)) {
					problems.add("%s: joins the network '%s', which is not internal: put it on an internal network"
						.formatted(entry.getKey(), network) + " only, so that nothing outside compose reaches it");
				}
			}
		}
		for (SuiteService service : deployed()) {
			Set<String> own = networksOf(service(service.name()));
			for (String target : new LinkedHashSet<>(addresses(service).values())) {
				Set<String> shared = new LinkedHashSet<>(networksOf(service(target)));
				shared.retainAll(own);
				if (shared.isEmpty()) {
					problems.add("%s: connects to %s but shares no network with it: add one of %s to its networks"
						.formatted(service.name(), target, networksOf(service(target))));
				}
			}
		}
		return problems;
	}

	/**
	 * Only the gateway and the operations UIs publish ports; the gateway publishes its
	 * own.
	 */
	List<String> publishedPorts() {
		List<String> problems = new ArrayList<>();
		Set<String> allowed = new LinkedHashSet<>(OPERATIONS_UIS);
		this.suite.stream().filter(SuiteService::isGateway).forEach((gateway) -> allowed.add(gateway.name()));
		for (Map.Entry<String, JsonNode> entry : this.compose.path("services").properties()) {
			if (!entry.getValue().path("ports").isMissingNode() && !allowed.contains(entry.getKey())) {
				problems.add("%s: remove its ports: only the gateway and %s are reached from outside"
					.formatted(entry.getKey(), String.join(", ", OPERATIONS_UIS)));
			}
		}
		for (SuiteService gateway : this.suite.stream().filter(SuiteService::isGateway).toList()) {
			List<String> ports = service(gateway.name()).path("ports")
				.values()
				.stream()
				.map((port) -> port.isObject() ? port.path("target").asString("")
						: port.asString("").replaceFirst("/.*$", "").replaceFirst("^.*:", ""))
				.toList();
			if (!ports.contains(String.valueOf(gateway.port()))) {
				problems.add("%s: publish its port, ports: [\"%d:%d\"]".formatted(gateway.name(), gateway.port(),
						gateway.port()));
			}
		}
		return problems;
	}

	/** Prometheus, with the configuration compose mounts, scrapes every deployable. */
	List<String> prometheusTargets() {
		Optional<Map.Entry<String, JsonNode>> prometheus = serviceWithImage("prom/prometheus");
		if (prometheus.isEmpty()) {
			return List.of("add a service with the prom/prometheus image that mounts ops/prometheus");
		}
		String name = prometheus.get().getKey();
		String configuration = configurationFile(prometheus.get().getValue());
		Optional<Path> file = prometheusConfiguration(prometheus.get().getValue());
		if (file.isEmpty()) {
			return List.of("%s: mount ./ops/prometheus at %s so that it reads %s".formatted(name,
					Path.of(configuration).getParent(), configuration));
		}
		Set<String> scraped = new LinkedHashSet<>();
		for (JsonNode job : read(file.get()).path("scrape_configs").values()) {
			String metricsPath = job.path("metrics_path").asString("/metrics");
			for (JsonNode group : job.path("static_configs").values()) {
				group.path("targets").values().forEach((target) -> scraped.add(target.asString() + metricsPath));
			}
		}
		List<String> problems = new ArrayList<>();
		for (SuiteService service : this.suite) {
			String target = service.name() + ":" + service.port();
			if (!scraped.contains(target + SuiteService.METRICS_PATH)) {
				problems.add("add the target '%s' to a scrape job with metrics_path %s in %s".formatted(target,
						SuiteService.METRICS_PATH, this.directory.relativize(file.get())));
			}
		}
		return problems;
	}

	/**
	 * The metrics answer Prometheus' scrape token only (docs/decisions/0018): every
	 * deployable takes {@value #METRICS_TOKEN} from .env, and Prometheus scrapes them
	 * with the same token, a compose secret taken from that variable, the file its scrape
	 * job's {@code authorization.credentials_file} names.
	 */
	List<String> metricsCredential() {
		List<String> problems = new ArrayList<>();
		for (SuiteService service : deployed()) {
			Matcher token = INTERPOLATION.matcher(environment(service(service.name())).getOrDefault(METRICS_TOKEN, ""));
			if (!token.matches() || !token.group(1).equals(METRICS_TOKEN)) {
				problems.add("%s: set %s: ${%s:?...} in its environment: its metrics answer that token only"
					.formatted(service.name(), METRICS_TOKEN, METRICS_TOKEN));
			}
		}
		Optional<Map.Entry<String, JsonNode>> prometheus = serviceWithImage("prom/prometheus");
		if (prometheus.isEmpty()) {
			return problems;
		}
		String name = prometheus.get().getKey();
		Map<String, String> tokenFiles = new LinkedHashMap<>();
		for (JsonNode secret : prometheus.get().getValue().path("secrets").values()) {
			String source = secret.isObject() ? secret.path("source").asString("") : secret.asString("");
			String target = secret.isObject() ? secret.path("target").asString(source) : source;
			if (METRICS_TOKEN.equals(this.compose.path("secrets").path(source).path("environment").asString(""))) {
				tokenFiles.put(target.startsWith("/") ? target : "/run/secrets/" + target, source);
			}
		}
		if (tokenFiles.isEmpty()) {
			problems.add("%s: give it the scrape token as a secret (top-level secrets: <name>: {environment: %s},"
				.formatted(name, METRICS_TOKEN) + " and secrets: [<name>] in its service)");
		}
		Optional<Path> file = prometheusConfiguration(prometheus.get().getValue());
		for (JsonNode job : file.map((path) -> read(path).path("scrape_configs").values()).orElse(List.of())) {
			if (!SuiteService.METRICS_PATH.equals(job.path("metrics_path").asString(""))) {
				continue;
			}
			String credentials = job.path("authorization").path("credentials_file").asString("");
			if (!tokenFiles.containsKey(credentials)) {
				problems.add("%s: scrape job '%s' must send the scrape token: authorization: {type: Bearer,"
					.formatted(name, job.path("job_name").asString("")) + " credentials_file: "
						+ tokenFiles.keySet().stream().findFirst().orElse("/run/secrets/<secret>") + "}");
			}
		}
		return problems;
	}

	/**
	 * Grafana finds its provisioning, the dashboards where the provisioning says they
	 * are, and data sources that are compose services.
	 */
	List<String> grafanaProvisioning() {
		Optional<Map.Entry<String, JsonNode>> grafana = serviceWithImage("grafana/grafana");
		if (grafana.isEmpty()) {
			return List.of("add a service with the grafana/grafana image that mounts ops/grafana/provisioning");
		}
		String name = grafana.get().getKey();
		JsonNode service = grafana.get().getValue();
		String provisioning = environment(service).getOrDefault("GF_PATHS_PROVISIONING", "/etc/grafana/provisioning");
		List<String> problems = new ArrayList<>();
		Optional<Path> dashboards = hostPath(service, provisioning + "/dashboards").filter(Files::isDirectory);
		Optional<Path> datasources = hostPath(service, provisioning + "/datasources").filter(Files::isDirectory);
		if (dashboards.isEmpty() || datasources.isEmpty()) {
			return List.of("%s: mount ./ops/grafana/provisioning at %s".formatted(name, provisioning));
		}
		for (Path provider : yamlFiles(dashboards.get())) {
			for (JsonNode entry : read(provider).path("providers").values()) {
				String path = entry.path("options").path("path").asString("");
				boolean found = hostPath(service, path).map(ComposeCheck::hasDashboards).orElse(false);
				if (!found) {
					problems.add("%s: mount ./ops/grafana/dashboards at %s, where %s expects them".formatted(name, path,
							this.directory.relativize(provider)));
				}
			}
		}
		for (Path file : yamlFiles(datasources.get())) {
			for (JsonNode source : read(file).path("datasources").values()) {
				Matcher address = ADDRESS.matcher(source.path("url").asString(""));
				if (!address.find() || service(address.group(1)).isMissingNode()) {
					problems.add("%s: data source '%s' points at %s, which is no service of docker-compose.yml"
						.formatted(this.directory.relativize(file), source.path("name").asString(""),
								source.path("url").asString("")));
				}
			}
		}
		return problems;
	}

	/**
	 * Everything compose takes from the repository exists: mounted files and directories,
	 * build contexts, Dockerfiles and what they copy; named volumes are declared.
	 */
	List<String> repositoryFiles() {
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, JsonNode> entry : this.compose.path("services").properties()) {
			for (Mount mount : mounts(entry.getValue())) {
				if (mount.bind() && !Files.exists(this.directory.resolve(mount.source()))) {
					problems.add("%s: mounts %s, which does not exist: create it or fix the path"
						.formatted(entry.getKey(), mount.source()));
				}
				if (!mount.bind() && this.compose.path("volumes").path(mount.source()).isMissingNode()) {
					problems.add("%s: declare the volume '%s' under the top-level volumes".formatted(entry.getKey(),
							mount.source()));
				}
			}
			JsonNode build = entry.getValue().path("build");
			if (!build.isMissingNode()) {
				Path context = this.directory
					.resolve(build.isString() ? build.asString() : build.path("context").asString("."));
				Path dockerfile = context.resolve(build.path("dockerfile").asString("Dockerfile"));
				String module = build.path("args").path("MODULE").asString("");
				if (!Files.isRegularFile(dockerfile)) {
					problems
						.add("%s: its build needs %s".formatted(entry.getKey(), this.directory.relativize(dockerfile)));
				}
				else {
					problems.addAll(copiedFilesMissing(entry.getKey(), context, dockerfile));
				}
				if (!module.isEmpty() && !Files.isRegularFile(context.resolve(module).resolve("pom.xml"))) {
					problems.add("%s: builds MODULE '%s', which is no module of the repository"
						.formatted(entry.getKey(), module));
				}
			}
		}
		return problems;
	}

	/**
	 * Images are pinned to a version; Kafka's is the release the clients are built with.
	 * @param kafkaVersion {@code kafka.version} of the root POM
	 */
	List<String> images(String kafkaVersion) {
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, JsonNode> entry : this.compose.path("services").properties()) {
			if (!entry.getValue().path("build").isMissingNode()) {
				continue;
			}
			String image = entry.getValue().path("image").asString("");
			String tag = image.contains(":") ? image.substring(image.lastIndexOf(':') + 1) : "";
			if (tag.isEmpty() || tag.equals("latest")) {
				problems.add("%s: pin its image to a version (%s:<version>)".formatted(entry.getKey(),
						image.replaceFirst(":[^:/]*$", "")));
			}
			if (image.startsWith("apache/kafka:") && !tag.equals(kafkaVersion)) {
				problems.add("%s: use apache/kafka:%s, the kafka.version of the root pom.xml".formatted(entry.getKey(),
						kafkaVersion));
			}
		}
		return problems;
	}

	private static String configurationFile(JsonNode prometheus) {
		return strings(prometheus.path("command")).stream()
			.filter((argument) -> argument.startsWith("--config.file="))
			.map((argument) -> argument.substring("--config.file=".length()))
			.findFirst()
			.orElse("/etc/prometheus/prometheus.yml");
	}

	/** The Prometheus configuration the service mounts, in the repository. */
	private Optional<Path> prometheusConfiguration(JsonNode prometheus) {
		return hostPath(prometheus, configurationFile(prometheus)).filter(Files::isRegularFile);
	}

	private List<String> addressProblems(SuiteService service, String variable, String value, String fallback) {
		Matcher address = ADDRESS.matcher(value);
		Matcher local = ADDRESS.matcher(fallback);
		if (!local.find()) {
			return List.of();
		}
		if (!address.find() || address.group(1).equals("localhost") || address.group(1).startsWith("127.")) {
			return List.of("%s: %s must name the compose service that answers there, not '%s' (in a container,"
				.formatted(service.name(), variable, value) + " localhost is the container itself)");
		}
		String host = address.group(1);
		String port = address.group(2);
		Optional<SuiteService> routed = this.suite.stream()
			.filter((s) -> String.valueOf(s.port()).equals(local.group(2)))
			.findFirst();
		if (routed.isPresent() && !(routed.get().name().equals(host) && port.equals(local.group(2)))) {
			return List.of("%s: %s must point at %s:%s, not '%s'".formatted(service.name(), variable,
					routed.get().name(), local.group(2), value));
		}
		JsonNode target = service(host);
		if (target.isMissingNode()) {
			return List.of("%s: %s points at '%s', which is no service of docker-compose.yml".formatted(service.name(),
					variable, host));
		}
		if (routed.isEmpty() && !port.equals(local.group(2))) {
			return List.of("%s: %s must use port %s, where %s listens, not %s".formatted(service.name(), variable,
					local.group(2), host, port));
		}
		String advertised = environment(target).get("KAFKA_ADVERTISED_LISTENERS");
		if (advertised != null && !advertised.contains("//" + host + ":" + port)) {
			return List.of("%s: %s is %s:%s, which %s does not advertise (KAFKA_ADVERTISED_LISTENERS: %s)"
				.formatted(service.name(), variable, host, port, host, advertised));
		}
		return List.of();
	}

	/**
	 * The variables that address another process (their default is on localhost), and the
	 * compose service each names.
	 */
	private Map<String, String> addresses(SuiteService service) {
		Map<String, String> environment = environment(service(service.name()));
		Map<String, String> addresses = new LinkedHashMap<>();
		service.variables().forEach((variable, fallback) -> {
			if (isAddress(variable, fallback) && environment.containsKey(variable)) {
				Matcher address = ADDRESS.matcher(environment.get(variable));
				if (address.find() && !service(address.group(1)).isMissingNode()) {
					addresses.put(variable, address.group(1));
				}
			}
		});
		return addresses;
	}

	/**
	 * Whether the service reads the variable: its application.yaml does, or the
	 * {@code platform} or {@code platform-base} module it is built on (PlatformDefaults,
	 * SuiteDefaults), or the JVM and Spring Boot themselves.
	 */
	private boolean reads(SuiteService service, String variable) {
		return service.variables().containsKey(variable) || RUNTIME_VARIABLES.contains(variable)
				|| (this.platformVariables.contains(variable) && builtOnPlatform(service));
	}

	private static boolean builtOnPlatform(SuiteService service) {
		return readLines(service.module().resolve("pom.xml")).stream()
			.anyMatch((line) -> line.contains("<artifactId>platform</artifactId>")
					|| line.contains("<artifactId>platform-base</artifactId>"));
	}

	/**
	 * The environment variables named by {@code ${NAME:default}} placeholders in Java
	 * sources.
	 */
	private static Set<String> placeholders(Path sources) {
		Set<String> variables = new LinkedHashSet<>();
		if (!Files.isDirectory(sources)) {
			return variables;
		}
		try (Stream<Path> files = Files.walk(sources)) {
			files.filter((file) -> file.toString().endsWith(".java")).forEach((file) -> {
				Matcher placeholder = PLACEHOLDER.matcher(String.join("\n", readLines(file)));
				while (placeholder.find()) {
					variables.add(placeholder.group(1));
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return variables;
	}

	/**
	 * An address of another process: its default is on localhost, where the local stack
	 * runs it.
	 */
	private static boolean isAddress(String variable, String fallback) {
		return fallback != null && fallback.contains("localhost") && !BROWSER_ORIGINS.contains(variable);
	}

	private List<String> copiedFilesMissing(String service, Path context, Path dockerfile) {
		List<String> problems = new ArrayList<>();
		for (String line : readLines(dockerfile)) {
			List<String> words = List.of(line.trim().split("\\s+"));
			if (!words.getFirst().equalsIgnoreCase("COPY") || line.contains("--from=")) {
				continue;
			}
			List<String> sources = words.subList(1, words.size() - 1)
				.stream()
				.filter((word) -> !word.startsWith("--"))
				.toList();
			for (String source : sources) {
				if (!Files.exists(context.resolve(source))) {
					problems.add("%s: %s copies %s, which does not exist".formatted(service,
							this.directory.relativize(dockerfile), source));
				}
			}
		}
		return problems;
	}

	/**
	 * Where a path of the container comes from in the repository: the deepest bind mount
	 * holding it.
	 */
	private Optional<Path> hostPath(JsonNode service, String containerPath) {
		Optional<Path> found = Optional.empty();
		int depth = -1;
		for (Mount mount : mounts(service)) {
			String target = mount.target().replaceFirst("/$", "");
			if (mount.bind() && target.length() > depth
					&& (containerPath.equals(target) || containerPath.startsWith(target + "/"))) {
				String rest = containerPath.substring(target.length()).replaceFirst("^/", "");
				found = Optional.of(this.directory.resolve(mount.source()).resolve(rest).normalize());
				depth = target.length();
			}
		}
		return found;
	}

	private List<Mount> mounts(JsonNode service) {
		List<Mount> mounts = new ArrayList<>();
		for (JsonNode volume : service.path("volumes").values()) {
			if (volume.isObject()) {
				mounts.add(new Mount("bind".equals(volume.path("type").asString("")),
						volume.path("source").asString(""), volume.path("target").asString("")));
			}
			else {
				String[] parts = volume.asString("").split(":");
				boolean bind = parts[0].startsWith(".") || parts[0].startsWith("/");
				mounts.add(new Mount(bind, parts[0], (parts.length > 1) ? parts[1] : parts[0]));
			}
		}
		return mounts;
	}

	private Optional<Map.Entry<String, JsonNode>> serviceWithImage(String image) {
		return this.compose.path("services")
			.properties()
			.stream()
			.filter((entry) -> entry.getValue().path("image").asString("").startsWith(image + ":"))
			.findFirst();
	}

	/** The networks a compose service joins: those it lists, or the default network. */
	private static Set<String> networksOf(JsonNode service) {
		JsonNode networks = service.path("networks");
		Set<String> names = new LinkedHashSet<>();
		if (networks.isArray()) {
			networks.values().forEach((network) -> names.add(network.asString()));
		}
		else if (networks.isObject()) {
			names.addAll(networks.propertyNames());
		}
		return names.isEmpty() ? Set.of("default") : names;
	}

	private List<SuiteService> deployed() {
		return this.suite.stream().filter((service) -> !service(service.name()).isMissingNode()).toList();
	}

	private JsonNode service(String name) {
		return this.compose.path("services").path(name);
	}

	private String configurationOf(SuiteService service) {
		return this.directory.relativize(service.module().resolve("src/main/resources/application.yaml")).toString();
	}

	private static boolean hasHealthCheck(JsonNode service) {
		JsonNode healthcheck = service.path("healthcheck");
		return !healthcheck.path("test").isMissingNode() && !healthcheck.path("disable").asBoolean(false);
	}

	private static boolean hasDashboards(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			return files.anyMatch((file) -> file.toString().endsWith(".json"));
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static List<Path> yamlFiles(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> file.toString().matches(".*\\.ya?ml$")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> readLines(Path file) {
		try {
			return Files.readAllLines(file).stream().filter((line) -> !line.isBlank()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A compose {@code environment}, as a map or as a list of NAME=value. */
	static Map<String, String> environment(JsonNode service) {
		Map<String, String> environment = new LinkedHashMap<>();
		JsonNode node = service.path("environment");
		if (node.isArray()) {
			node.values().forEach((entry) -> {
				String[] pair = entry.asString("").split("=", 2);
				environment.put(pair[0], (pair.length > 1) ? pair[1] : "");
			});
		}
		else {
			node.properties().forEach((entry) -> environment.put(entry.getKey(), text(entry.getValue())));
		}
		return environment;
	}

	/**
	 * A compose command, entrypoint or health check test: a list, or a string of words.
	 */
	static List<String> strings(JsonNode node) {
		if (node.isArray()) {
			return node.values().stream().map(ComposeCheck::text).toList();
		}
		return node.isMissingNode() ? List.of() : List.of(text(node).trim().split("\\s+"));
	}

	private static void forEachString(JsonNode node, Consumer<String> action) {
		if (node.isContainer()) {
			node.values().forEach((child) -> forEachString(child, action));
		}
		else if (node.isString()) {
			action.accept(node.asString());
		}
	}

	private static String text(JsonNode node) {
		return (node.isNull() || node.isMissingNode()) ? "" : node.isValueNode() ? node.asString() : node.toString();
	}

	private record Mount(boolean bind, String source, String target) {
	}

}
