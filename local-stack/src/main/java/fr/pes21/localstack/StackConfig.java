package fr.pes21.localstack;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What the local stack needs to start: the repository holding the built jars, the
 * directory for its data, logs and pid files ({@code <repository>/.local} unless told
 * otherwise), its ports, the admin password and JWT secret (from the environment; without
 * a secret one is generated once and kept in {@code .local/jwt-secret}), one deadline for
 * everything to be ready, the Prometheus binary that {@code up --with-prometheus} also
 * starts ({@code null}: no Prometheus), the address the gateway listens on ({@code null}:
 * every interface; everything else listens on 127.0.0.1 only) and how the supervisor
 * restarts a process that dies.
 */
public record StackConfig(Path repository, Path localDir, StackPorts ports, String adminPassword, String jwtSecret,
		Duration readinessTimeout, Path prometheus, String gatewayAddress, RestartPolicy restartPolicy) {

	static final Duration DEFAULT_READINESS_TIMEOUT = Duration.ofSeconds(180);

	/** Where the infrastructure, the services and Prometheus listen. */
	static final String LOOPBACK = MongoWireServer.LOOPBACK;

	public StackConfig {
		repository = repository.toAbsolutePath().normalize();
		localDir = localDir.toAbsolutePath().normalize();
		prometheus = (prometheus != null) ? prometheus.toAbsolutePath().normalize() : null;
		gatewayAddress = (gatewayAddress != null && !gatewayAddress.isBlank()) ? gatewayAddress.strip() : null;
		restartPolicy = (restartPolicy != null) ? restartPolicy : RestartPolicy.DEFAULT;
	}

	/** The defaults for a repository, with what the environment says. */
	public static StackConfig forRepository(Path repository) {
		return forRepository(repository, System.getenv());
	}

	static StackConfig forRepository(Path repository, Map<String, String> environment) {
		return new StackConfig(repository, repository.resolve(".local"),
				StackPorts.defaults().withEnvironment(environment), environment.get("PES21_ADMIN_PASSWORD"),
				environment.get("PES21_JWT_SECRET"), DEFAULT_READINESS_TIMEOUT, null,
				environment.get("PES21_GATEWAY_ADDRESS"), RestartPolicy.DEFAULT);
	}

	public StackConfig withLocalDir(Path localDir) {
		return new StackConfig(this.repository, localDir, this.ports, this.adminPassword, this.jwtSecret,
				this.readinessTimeout, this.prometheus, this.gatewayAddress, this.restartPolicy);
	}

	public StackConfig withPorts(StackPorts ports) {
		return new StackConfig(this.repository, this.localDir, ports, this.adminPassword, this.jwtSecret,
				this.readinessTimeout, this.prometheus, this.gatewayAddress, this.restartPolicy);
	}

	public StackConfig withAdminPassword(String adminPassword) {
		return new StackConfig(this.repository, this.localDir, this.ports, adminPassword, this.jwtSecret,
				this.readinessTimeout, this.prometheus, this.gatewayAddress, this.restartPolicy);
	}

	public StackConfig withJwtSecret(String jwtSecret) {
		return new StackConfig(this.repository, this.localDir, this.ports, this.adminPassword, jwtSecret,
				this.readinessTimeout, this.prometheus, this.gatewayAddress, this.restartPolicy);
	}

	public StackConfig withReadinessTimeout(Duration readinessTimeout) {
		return new StackConfig(this.repository, this.localDir, this.ports, this.adminPassword, this.jwtSecret,
				readinessTimeout, this.prometheus, this.gatewayAddress, this.restartPolicy);
	}

	/** Also starts this Prometheus binary ({@code null}: none). */
	public StackConfig withPrometheus(Path prometheus) {
		return new StackConfig(this.repository, this.localDir, this.ports, this.adminPassword, this.jwtSecret,
				this.readinessTimeout, prometheus, this.gatewayAddress, this.restartPolicy);
	}

	/** The gateway listens on this address only ({@code null}: every interface). */
	public StackConfig withGatewayAddress(String gatewayAddress) {
		return new StackConfig(this.repository, this.localDir, this.ports, this.adminPassword, this.jwtSecret,
				this.readinessTimeout, this.prometheus, gatewayAddress, this.restartPolicy);
	}

	public StackConfig withRestartPolicy(RestartPolicy restartPolicy) {
		return new StackConfig(this.repository, this.localDir, this.ports, this.adminPassword, this.jwtSecret,
				this.readinessTimeout, this.prometheus, this.gatewayAddress, restartPolicy);
	}

	Path kafkaDir() {
		return this.localDir.resolve("kafka");
	}

	Path mongoDir() {
		return this.localDir.resolve("mongo");
	}

	/**
	 * Prometheus' data and the configuration generated for it (see
	 * {@link PrometheusConfiguration}).
	 */
	Path prometheusDir() {
		return this.localDir.resolve(PidFiles.PROMETHEUS);
	}

	Path prometheusConfigFile() {
		return prometheusDir().resolve("prometheus.yml");
	}

	/**
	 * The scrape configuration of the compose deployment, which the local one derives
	 * from.
	 */
	Path opsPrometheusConfigFile() {
		return this.repository.resolve("ops/prometheus/prometheus.yml");
	}

	Path logsDir() {
		return this.localDir.resolve("logs");
	}

	Path runDir() {
		return this.localDir.resolve("run");
	}

	Path jwtSecretFile() {
		return this.localDir.resolve("jwt-secret");
	}

	Path webhookSecretKeyFile() {
		return this.localDir.resolve("webhook-secret-key");
	}

	/**
	 * Prometheus' scrape token (see {@link Secrets}), which the local Prometheus reads
	 * from this file.
	 */
	Path metricsTokenFile() {
		return this.localDir.resolve("metrics-token");
	}

	/** A Spring Boot module's executable jar, as {@code mvn package} leaves it. */
	Path jar(String module) {
		return this.repository.resolve(module).resolve("target").resolve(module + ".jar");
	}

	/**
	 * The copy of a module's jar that the local stack runs (see {@link StackStarter}).
	 */
	Path runningJar(String module) {
		return this.localDir.resolve("jars").resolve(module + ".jar");
	}

	/**
	 * A module's jar extracted with its AOT cache ({@value #AOT_CACHE}), as the build
	 * leaves it (the parent pom, docs/decisions/0021).
	 */
	Path aotBuild(String module) {
		return this.repository.resolve(module).resolve("target").resolve("aot");
	}

	/** The copy of {@link #aotBuild(String)} that the local stack runs. */
	Path runningAot(String module) {
		return this.localDir.resolve("jars").resolve(module);
	}

	static final String AOT_CACHE = "app.aot";

	/**
	 * The extracted jar in a directory like {@link #aotBuild(String)} or its copy
	 * {@link #runningAot(String)}.
	 */
	static Path extractedJar(Path aotDirectory, String module) {
		return aotDirectory.resolve(module + ".jar");
	}

	Path localStackClasses() {
		return this.repository.resolve("local-stack/target/classes");
	}

	Path localStackLibraries() {
		return this.repository.resolve("local-stack/target/lib");
	}

	/** The classpath of the Kafka broker and the MongoDB wire server processes. */
	String infrastructureClasspath() {
		return localStackClasses() + File.pathSeparator + localStackLibraries().resolve("*");
	}

	/**
	 * Where the launcher reaches the gateway: its own address when it listens on one,
	 * else this machine's loopback.
	 */
	String gatewayHost() {
		if (this.gatewayAddress == null || this.gatewayAddress.equals("0.0.0.0") || this.gatewayAddress.equals("::")
				|| this.gatewayAddress.equals("[::]")) {
			return LOOPBACK;
		}
		return this.gatewayAddress;
	}

	String gatewayUrl() {
		String host = gatewayHost();
		host = host.equals(LOOPBACK) ? "localhost"
				: (host.contains(":") && !host.startsWith("[")) ? "[" + host + "]" : host;
		return "http://" + host + ":" + this.ports.gateway();
	}

	String prometheusUrl() {
		return "http://localhost:" + this.ports.prometheus();
	}

}
