package fr.pes21.deployment.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.pes21.deployment.Suite;
import fr.pes21.deployment.SuiteService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compose check bites: each test breaks one thing in a copy of the real
 * docker-compose.yml and expects the check to name it.
 */
class ComposeCheckTests {

	private static final Path ROOT = Suite.root();

	private static final JsonNode COMPOSE = ComposeCheck.read(ROOT.resolve("docker-compose.yml"));

	private final ObjectNode compose = (ObjectNode) COMPOSE.deepCopy();

	@Test
	void reportsAMisspeltKeyAndAConditionComposeDoesNotKnow() {
		service("dla-service").set("healtcheck", service("dla-service").remove("healthcheck"));
		((ObjectNode) service("gateway").get("depends_on").get("dla-service")).put("condition", "service_ready");

		assertThat(introduced(ComposeCheck::schema)).isNotEmpty()
			.allSatisfy((problem) -> assertThat(problem)
				.startsWith("docker-compose.yml does not follow the Compose Specification: "))
			.anyMatch((problem) -> problem.contains("healtcheck"))
			.anyMatch((problem) -> problem.contains("service_healthy"));
	}

	@Test
	void reportsAServiceLoggingInAsAnotherServicesMongoDbUser() {
		environment("territory-service").put("MONGODB_URI",
				environment("events-service").get("MONGODB_URI").asString().replace("/events?", "/territory?"));

		assertThat(introduced(ComposeCheck::databaseUsers)).contains(
				"territory-service and events-service both log in to MongoDB as events-service; give each service its"
						+ " own user",
				"territory-service: add 'events-service:territory:MONGO_PASSWORD_EVENTS' to PES21_MONGO_USERS of"
						+ " mongo, so that it creates the user MONGODB_URI logs in as");
	}

	@Test
	void reportsAServiceLoggingInToMongoDbWithoutCredentials() {
		environment("dla-service").put("MONGODB_URI", "mongodb://mongo:27017/dla?replicaSet=rs0");

		assertThat(introduced(ComposeCheck::databaseUsers)).singleElement()
			.asString()
			.startsWith("dla-service: MONGODB_URI must log in as the service's own user");
	}

	@Test
	void reportsAServiceUserMongoDbDoesNotCreate() {
		ObjectNode mongo = environment("mongo");
		mongo.put(ComposeCheck.MONGO_USERS,
				mongo.get(ComposeCheck.MONGO_USERS)
					.asString()
					.replace("reporting-service:reporting:MONGO_PASSWORD_REPORTING", ""));
		mongo.remove("MONGO_PASSWORD_REPORTING");

		assertThat(introduced(ComposeCheck::databaseUsers)).containsExactly(
				"reporting-service: add 'reporting-service:reporting:MONGO_PASSWORD_REPORTING' to PES21_MONGO_USERS"
						+ " of mongo, so that it creates the user MONGODB_URI logs in as",
				"reporting-service: set MONGO_PASSWORD_REPORTING: ${MONGO_PASSWORD_REPORTING:?...} in the"
						+ " environment of mongo, the password it creates reporting-service with");
	}

	@Test
	void reportsADefaultPasswordInAConnectionString() {
		ObjectNode environment = environment("events-service");
		environment.put("MONGODB_URI",
				environment.get("MONGODB_URI")
					.asString()
					.replaceFirst("\\$\\{MONGO_PASSWORD_EVENTS:\\?[^}]*}", "\\${MONGO_PASSWORD_EVENTS:-events}"));

		assertThat(introduced((check) -> check.environmentFile(example()))).containsExactly(
				"${MONGO_PASSWORD_EVENTS:-events} gives a secret a default: write ${MONGO_PASSWORD_EVENTS:?<what to do>}"
						+ " so that it comes from .env only");
	}

	@Test
	void reportsKafkaOnANetworkThatIsNotInternal() {
		service("kafka").putArray("networks").add("data").add("default");

		assertThat(introduced(ComposeCheck::networks)).containsExactly(
				"kafka: joins the network 'default', which is not internal: put it on an internal network only, so"
						+ " that nothing outside compose reaches it");
	}

	@Test
	void reportsAPublishedMongoDbPort() {
		service("mongo").putArray("ports").add("127.0.0.1:27017:27017");

		assertThat(introduced(ComposeCheck::networks)).containsExactly(
				"mongo: publish none of its ports; operators use the tools inside its container (docker compose exec)");
	}

	@Test
	void reportsAServiceThatCannotReachKafka() {
		service("dla-service").remove("networks");

		assertThat(introduced(ComposeCheck::networks)).contains(
				"dla-service: connects to kafka but shares no network with it: add one of [data] to its networks",
				"dla-service: connects to mongo but shares no network with it: add one of [data] to its networks");
	}

	@Test
	void reportsAServiceLeftOutOfTheComposeFile() {
		services().remove("dla-service");

		assertThat(introduced(ComposeCheck::missingServices)).singleElement()
			.asString()
			.startsWith("add a service 'dla-service'");
	}

	@Test
	void reportsAServiceBuiltFromAnotherModule() {
		((ObjectNode) service("dla-service").get("build").get("args")).put("MODULE", "territory-service");

		assertThat(introduced(ComposeCheck::missingServices)).containsExactly(
				"dla-service: set build.args.MODULE to 'dla-service' (its module), not 'territory-service'");
	}

	@Test
	void reportsAMisspelledVariableAndTheRequiredOneItWasMeantToBe() {
		ObjectNode environment = environment("accompaniment-service");
		environment.put("KAFKA_BOOTSTRAP_SERVER", environment.remove("KAFKA_BOOTSTRAP_SERVERS").asString());

		assertThat(introduced(ComposeCheck::environments)).containsExactly(
				"accompaniment-service: add KAFKA_BOOTSTRAP_SERVERS to its environment in docker-compose.yml"
						+ " (accompaniment-service/src/main/resources/application.yaml has no usable default for it)",
				"accompaniment-service: KAFKA_BOOTSTRAP_SERVER is set in docker-compose.yml but"
						+ " accompaniment-service/src/main/resources/application.yaml never reads it: fix its name or remove it");
	}

	@Test
	void reportsAGatewayRouteToTheWrongService() {
		environment("gateway").put("DLA_URL", "http://territory-service:8083");

		assertThat(introduced(ComposeCheck::environments))
			.containsExactly("gateway: DLA_URL must point at dla-service:8082, not 'http://territory-service:8083'");
	}

	@Test
	void reportsAnAddressOnLocalhost() {
		environment("events-service").put("MONGODB_URI",
				"mongodb://events-service:${MONGO_PASSWORD_EVENTS:?set it}@localhost:27017/events?replicaSet=rs0");

		assertThat(introduced(ComposeCheck::environments)).singleElement()
			.asString()
			.startsWith("events-service: MONGODB_URI must name the compose service that answers there");
	}

	@Test
	void reportsABrokerAddressKafkaDoesNotAdvertise() {
		environment("kafka").put("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://localhost:9092");

		assertThat(introduced(ComposeCheck::environments)).isNotEmpty()
			.allSatisfy((problem) -> assertThat(problem)
				.contains("KAFKA_BOOTSTRAP_SERVERS is kafka:9092, which kafka does not advertise"));
	}

	@Test
	void acceptsAVariableThatThePlatformReadsForTheDeployablesBuiltOnIt() {
		// platform-base (SuiteDefaults) reads the tracing variables for the services and
		// the gateway alike.
		List<SuiteService> suite = Suite.services().stream().map(ComposeCheckTests::withoutTracingVariables).toList();

		assertThat(new ComposeCheck(this.compose, ROOT, suite).environments())
			.noneMatch((problem) -> problem.startsWith("accompaniment-service: PES21_TRACING_ENDPOINT"))
			.noneMatch((problem) -> problem.startsWith("gateway: PES21_TRACING_ENDPOINT"));
	}

	@Test
	void reportsAServiceThatDoesNotWaitForItsDatabase() {
		((ObjectNode) service("events-service").get("depends_on")).remove("mongo");

		assertThat(introduced(ComposeCheck::startOrder))
			.containsExactly("events-service: add 'mongo: {condition: service_healthy}' to its depends_on (it needs"
					+ " mongo ready first)");
	}

	@Test
	void reportsAGatewayThatDoesNotWaitForEveryService() {
		((ObjectNode) service("gateway").get("depends_on")).putObject("reporting-service")
			.put("condition", "service_started");

		assertThat(introduced(ComposeCheck::startOrder))
			.containsExactly("gateway: add 'reporting-service: {condition: service_healthy}'"
					+ " to its depends_on (it needs reporting-service ready first)");
	}

	@Test
	void reportsAwaitingTheHealthOfAServiceWithoutHealthCheck() {
		service("mongo").remove("healthcheck");

		assertThat(introduced(ComposeCheck::startOrder))
			.contains("territory-service: waits for mongo to be healthy, but mongo has no healthcheck: add one");
	}

	@Test
	void reportsAHealthCheckOnLivenessInsteadOfReadiness() {
		healthcheck("dla-service").set("test",
				strings("CMD", "healthcheck", "http://127.0.0.1:8082" + SuiteService.LIVENESS_PATH));

		assertThat(introduced(ComposeCheck::healthChecks)).singleElement()
			.asString()
			.startsWith("dla-service: its healthcheck.test must ask http://127.0.0.1:8082/actuator/health/readiness");
	}

	@Test
	void reportsAHealthCheckOnAnotherServicesPort() {
		healthcheck("dla-service").set("test",
				strings("CMD", "healthcheck", "http://127.0.0.1:8081/actuator/health/readiness"));

		assertThat(introduced(ComposeCheck::healthChecks)).hasSize(1);
	}

	@Test
	void reportsAContainerWithoutAMemoryLimit() {
		service("reporting-service").remove("deploy");

		assertThat(introduced(ComposeCheck::memoryLimits))
			.containsExactly("reporting-service: add deploy.resources.limits.memory");
	}

	@Test
	void reportsAJvmWhoseHeapDoesNotFollowItsLimit() {
		environment("gateway").remove("JAVA_TOOL_OPTIONS");

		assertThat(introduced(ComposeCheck::memoryLimits)).singleElement()
			.asString()
			.startsWith("gateway: set JAVA_TOOL_OPTIONS");
	}

	@Test
	void reportsASecretWrittenIntoTheComposeFile() {
		environment("gateway").put("PES21_ADMIN_PASSWORD", "admin");
		environment("grafana").put("GF_SECURITY_ADMIN_PASSWORD", "${GRAFANA_ADMIN_PASSWORD:-admin}");

		assertThat(introduced((check) -> check.environmentFile(example()))).containsExactly(
				"${GRAFANA_ADMIN_PASSWORD:-admin} gives a secret a default: write ${GRAFANA_ADMIN_PASSWORD:?<what to do>}"
						+ " so that it comes from .env only",
				"gateway: PES21_ADMIN_PASSWORD is a secret: write ${PES21_ADMIN_PASSWORD:?<what to do>} so that it"
						+ " comes from .env and compose refuses to start without it");
	}

	@Test
	void reportsAVariableTheExampleDoesNotDocument() {
		environment("gateway").put("PES21_TOKEN_TTL", "${PES21_TOKEN_TTL:-PT8H}");

		assertThat(introduced((check) -> check.environmentFile(example())))
			.containsExactly("add PES21_TOKEN_TTL to .env.example: docker-compose.yml reads it from .env");
	}

	@Test
	void reportsASecretValueInTheExample() {
		Map<String, String> example = new LinkedHashMap<>(example());
		example.put("PES21_JWT_SECRET", "not-so-secret-anymore-0123456789abcdef");

		ComposeCheck check = new ComposeCheck(COMPOSE, ROOT, Suite.services());
		List<String> before = check.environmentFile(example());
		assertThat(check.environmentFile(example)).filteredOn((problem) -> !before.contains(problem))
			.containsExactly(
					"leave PES21_JWT_SECRET empty in .env.example (with the command that generates one above it)");
	}

	@Test
	void reportsADeadLetterTopicNobodyCreates() {
		ArrayNode command = (ArrayNode) service("kafka-init").get("command");
		for (int i = command.size() - 1; i >= 0; i--) {
			if (command.get(i).asString().startsWith("pes21.dla.events.dlq:")) {
				command.remove(i);
			}
		}

		assertThat(introduced((check) -> check.topics(Suite.deadLetterTopics()))).containsExactly(
				"add 'pes21.dla.events.dlq:<partitions>' to the command of the service running create-topics.sh");
	}

	@Test
	void reportsTwoServicesSharingADatabase() {
		environment("territory-service").put("MONGODB_URI",
				environment("events-service").get("MONGODB_URI").asString());

		assertThat(introduced(ComposeCheck::databases)).containsExactly(
				"events-service: uses database 'events' of territory-service; each service owns its database");
	}

	@Test
	void reportsAServiceOutsideTheReplicaSet() {
		ObjectNode environment = environment("dla-service");
		environment.put("MONGODB_URI", environment.get("MONGODB_URI").asString().replace("?replicaSet=rs0", ""));

		assertThat(introduced(ComposeCheck::databases))
			.containsExactly("dla-service: add ?replicaSet=rs0 to MONGODB_URI (MongoDB runs with --replSet rs0)");
	}

	@Test
	void reportsAPublishedServicePort() {
		service("reporting-service").putArray("ports").add("8085:8085");

		assertThat(introduced(ComposeCheck::publishedPorts)).containsExactly(
				"reporting-service: remove its ports: only the gateway and grafana, prometheus are reached from outside");
	}

	@Test
	void reportsAServicePrometheusDoesNotScrape(@TempDir Path prometheus) throws IOException {
		String configuration = Files.readString(ROOT.resolve("ops/prometheus/prometheus.yml"))
			.replace("reporting-service:8085", "reporting:8085");
		Files.writeString(prometheus.resolve("prometheus.yml"), configuration);
		ArrayNode volumes = (ArrayNode) service("prometheus").get("volumes");
		volumes.set(0, volumes.stringNode(prometheus + ":/etc/prometheus:ro"));

		assertThat(introduced(ComposeCheck::prometheusTargets)).singleElement()
			.asString()
			.startsWith(
					"add the target 'reporting-service:8085' to a scrape job with metrics_path /actuator/prometheus");
	}

	@Test
	void reportsDashboardsMountedElsewhereThanTheProvisioningLooks() {
		ArrayNode volumes = (ArrayNode) service("grafana").get("volumes");
		for (int i = 0; i < volumes.size(); i++) {
			if (volumes.get(i).asString().startsWith("./ops/grafana/dashboards:")) {
				volumes.set(i, volumes.stringNode("./ops/grafana/dashboards:/var/lib/grafana/dashboards:ro"));
			}
		}

		assertThat(introduced(ComposeCheck::grafanaProvisioning)).singleElement()
			.asString()
			.startsWith("grafana: mount ./ops/grafana/dashboards at ");
	}

	@Test
	void reportsAMountOfAFileThatDoesNotExist() {
		((ArrayNode) service("mongo").get("volumes")).add("./ops/compose/missing.js:/opt/pes21/missing.js:ro");

		assertThat(introduced(ComposeCheck::repositoryFiles))
			.containsExactly("mongo: mounts ./ops/compose/missing.js, which does not exist: create it or fix the path");
	}

	@Test
	void reportsAFileTheDockerfileCopiesThatDoesNotExist(@TempDir Path directory) throws IOException {
		Path dockerfile = Files.writeString(directory.resolve("Dockerfile"),
				"FROM eclipse-temurin:25-jre-noble\nCOPY --chmod=755 ops/compose/missing /usr/local/bin/missing\n");
		((ObjectNode) service("gateway").get("build")).put("dockerfile", dockerfile.toString());

		assertThat(introduced(ComposeCheck::repositoryFiles)).singleElement()
			.asString()
			.startsWith("gateway: ")
			.endsWith("Dockerfile copies ops/compose/missing, which does not exist");
	}

	@Test
	void reportsAnUndeclaredNamedVolume() {
		((ObjectNode) this.compose.get("volumes")).remove("mongo-data");

		assertThat(introduced(ComposeCheck::repositoryFiles))
			.containsExactly("mongo: declare the volume 'mongo-data' under the top-level volumes");
	}

	@Test
	void reportsAKafkaImageOfAnotherRelease() {
		service("kafka").put("image", "apache/kafka:3.9.1");

		assertThat(introduced((check) -> check.images(kafkaVersion())))
			.containsExactly("kafka: use apache/kafka:" + kafkaVersion() + ", the kafka.version of the root pom.xml");
	}

	@Test
	void reportsAnUnpinnedImage() {
		service("tempo").put("image", "grafana/tempo:latest");

		assertThat(introduced((check) -> check.images(kafkaVersion())))
			.containsExactly("tempo: pin its image to a version (grafana/tempo:<version>)");
	}

	/**
	 * What the check reports on the broken copy and not on the file as it is, so that
	 * each test sees its own break only.
	 */
	@Test
	void reportsAServiceWhoseMetricsWouldTakeNoScrapeToken() {
		environment("dla-service").remove("PES21_METRICS_TOKEN");

		assertThat(introduced(ComposeCheck::metricsCredential)).containsExactly(
				"dla-service: set PES21_METRICS_TOKEN: ${PES21_METRICS_TOKEN:?...} in its environment: its metrics"
						+ " answer that token only");
	}

	@Test
	void reportsAPrometheusThatScrapesWithoutTheToken() {
		((ObjectNode) service("prometheus")).remove("secrets");

		assertThat(introduced(ComposeCheck::metricsCredential)).contains(
				"prometheus: give it the scrape token as a secret (top-level secrets: <name>: {environment:"
						+ " PES21_METRICS_TOKEN}, and secrets: [<name>] in its service)",
				"prometheus: scrape job 'pes21' must send the scrape token: authorization: {type: Bearer,"
						+ " credentials_file: /run/secrets/<secret>}");
	}

	private List<String> introduced(Function<ComposeCheck, List<String>> aspect) {
		List<String> before = aspect.apply(new ComposeCheck(COMPOSE, ROOT, Suite.services()));
		return aspect.apply(new ComposeCheck(this.compose, ROOT, Suite.services()))
			.stream()
			.filter((problem) -> !before.contains(problem))
			.toList();
	}

	private ObjectNode services() {
		return (ObjectNode) this.compose.get("services");
	}

	private ObjectNode service(String name) {
		return (ObjectNode) services().get(name);
	}

	private ObjectNode environment(String name) {
		return (ObjectNode) service(name).get("environment");
	}

	private ObjectNode healthcheck(String name) {
		return (ObjectNode) service(name).get("healthcheck");
	}

	private ArrayNode strings(String... values) {
		ArrayNode array = this.compose.arrayNode();
		List.of(values).forEach(array::add);
		return array;
	}

	/** The service as if its application.yaml left tracing to whoever else reads it. */
	private static SuiteService withoutTracingVariables(SuiteService service) {
		Map<String, String> variables = new LinkedHashMap<>(service.variables());
		variables.keySet().removeIf((variable) -> variable.startsWith("PES21_TRACING_"));
		return new SuiteService(service.name(), service.module(), service.port(), variables);
	}

	private static Map<String, String> example() {
		return ComposeCheck.envFile(ROOT.resolve(".env.example"));
	}

	private static String kafkaVersion() {
		try {
			Matcher version = Pattern.compile("<kafka.version>([^<]+)</kafka.version>")
				.matcher(Files.readString(ROOT.resolve("pom.xml")));
			assertThat(version.find()).as("kafka.version in the root pom.xml").isTrue();
			return version.group(1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
