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
 * everything to be ready, and the Prometheus binary that {@code up --with-prometheus}
 * also starts ({@code null}: no Prometheus).
 */
public record StackConfig(Path repository, Path localDir, StackPorts ports, String adminPassword, String jwtSecret,
		Duration readinessTimeout, Path prometheus) {

	static final Duration DEFAULT_READINESS_TIMEOUT = Duration.ofSeconds(180);

	public StackConfig {
		repository = repository.toAbsolutePath().normalize();
		localDir = localDir.toAbsolutePath().normalize();
		prometheus = (prometheus != null) ? prometheus.toAbsolutePath().normalize() : null;
	}

	/** The defaults for a repository, with what the environment says. */
	public static StackConfig forRepository(Path repository) {
		return forRepository(repository, System.getenv());
	}

	static StackConfig forRepository(Path repository, Map<String, String> environment) {
		return new StackConfig(repository, repository.resolve(".local"),
				StackPorts.defaults().withEnvironment(environment), environment.get("PES21_ADMIN_PASSWORD"),
				environment.get("PES21_JWT_SECRET"), DEFAULT_READINESS_TIMEOUT, null);
	}

	public StackConfig withLocalDir(Path localDir) {
		return new StackConfig(this.repository, localDir, this.ports, this.adminPassword, this.jwtSecret,
				this.readinessTimeout, this.prometheus);
	}

	public StackConfig withPorts(StackPorts ports) {
		return new StackConfig(this.repository, this.localDir, ports, this.adminPassword, this.jwtSecret,
				this.readinessTimeout, this.prometheus);
	}

	public StackConfig withAdminPassword(String adminPassword) {
		return new StackConfig(this.repository, this.localDir, this.ports, adminPassword, this.jwtSecret,
				this.readinessTimeout, this.prometheus);
	}

	public StackConfig withJwtSecret(String jwtSecret) {
		return new StackConfig(this.repository, this.localDir, this.ports, this.adminPassword, jwtSecret,
				this.readinessTimeout, this.prometheus);
	}

	public StackConfig withReadinessTimeout(Duration readinessTimeout) {
		return new StackConfig(this.repository, this.localDir, this.ports, this.adminPassword, this.jwtSecret,
				readinessTimeout, this.prometheus);
	}

	/** Also starts this Prometheus binary ({@code null}: none). */
	public StackConfig withPrometheus(Path prometheus) {
		return new StackConfig(this.repository, this.localDir, this.ports, this.adminPassword, this.jwtSecret,
				this.readinessTimeout, prometheus);
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

	/** A Spring Boot module's executable jar, as {@code mvn package} leaves it. */
	Path jar(String module) {
		return this.repository.resolve(module).resolve("target").resolve(module + ".jar");
	}

	/** The copy of a module's jar that the local stack runs (see {@code LocalStack}). */
	Path runningJar(String module) {
		return this.localDir.resolve("jars").resolve(module + ".jar");
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

	String gatewayUrl() {
		return "http://localhost:" + this.ports.gateway();
	}

	String prometheusUrl() {
		return "http://localhost:" + this.ports.prometheus();
	}

}
