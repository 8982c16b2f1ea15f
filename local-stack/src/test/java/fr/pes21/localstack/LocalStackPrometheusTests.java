package fr.pes21.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code up --with-prometheus} and what {@code status} says about metrics, without
 * starting the suite: the arguments, finding Prometheus, its port, and the pid files of a
 * stand-in process.
 */
class LocalStackPrometheusTests {

	private static final Path REPOSITORY = Path.of(System.getProperty("pes21.root", "..")).toAbsolutePath().normalize();

	@TempDir
	Path localDir;

	@Test
	void withPrometheusStartsThePrometheusFoundOnThePath(@TempDir Path bin) throws IOException {
		Path prometheus = executable(bin.resolve("prometheus"));
		Map<String, String> environment = Map.of("PATH", "/nonexistent:" + bin);

		StackConfig config = LauncherOptions.configuration(
				Arguments.parse("up", "--with-prometheus", "--local-dir", this.localDir.toString()), environment);

		assertThat(config.prometheus()).isEqualTo(prometheus);
		assertThat(prometheusSpec(config).command()).startsWith(prometheus.toString());
	}

	@Test
	void withoutTheFlagNoPrometheusIsStarted(@TempDir Path bin) throws IOException {
		executable(bin.resolve("prometheus"));

		StackConfig config = LauncherOptions.configuration(
				Arguments.parse("up", "--local-dir", this.localDir.toString()), Map.of("PATH", bin.toString()));

		assertThat(config.prometheus()).isNull();
		assertThat(Topology.phases(config, Topology.Scope.SUITE, Secrets.NONE).stream().flatMap(List::stream))
			.extracting(ProcessSpec::name)
			.doesNotContain("prometheus");
	}

	@Test
	void withPrometheusRefusesInOneLineSayingHowToInstallItWhenItIsMissing(@TempDir Path bin) throws IOException {
		// a file named prometheus that cannot be run is not Prometheus
		Files.writeString(bin.resolve("prometheus"), "");
		Map<String, String> environment = Map.of("PATH", bin.toString());

		assertThatExceptionOfType(StackRefused.class)
			.isThrownBy(() -> LauncherOptions.configuration(Arguments.parse("up", "--with-prometheus"), environment))
			.withMessageContaining("Prometheus is not installed")
			.withMessageContaining("sudo apt-get install prometheus")
			.satisfies((refused) -> assertThat(refused.getMessage()).doesNotContain("\n"));
	}

	@Test
	void withPrometheusGoesWithUpOnly() {
		for (String command : List.of("status", "down", "demo")) {
			assertThatExceptionOfType(StackRefused.class)
				.isThrownBy(() -> LocalStack.run(new String[] { command, "--with-prometheus" }, Map.of(),
						new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
				.withMessage("--with-prometheus goes with up only (see ./pes21 help).");
		}
	}

	@Test
	void prometheusListensOn9090MovesWithThePortsBaseAndHasItsOwnVariable() {
		assertThat(StackPorts.defaults().prometheus()).isEqualTo(9090);
		assertThat(StackPorts.basedAt(18080).prometheus()).isEqualTo(19090);
		assertThat(StackPorts.basedAt(18080).withEnvironment(Map.of("PES21_PROMETHEUS_PORT", "29090")).prometheus())
			.isEqualTo(29090);
		assertThatExceptionOfType(StackRefused.class)
			.isThrownBy(() -> StackPorts.defaults().withEnvironment(Map.of("PES21_PROMETHEUS_PORT", "ninety")))
			.withMessageContaining("PES21_PROMETHEUS_PORT must be a port number");
	}

	@Test
	void prometheusGetsTheGeneratedConfigurationItsDataDirectoryAndPort(@TempDir Path bin) throws IOException {
		StackConfig config = StackConfig.forRepository(REPOSITORY, Map.of())
			.withLocalDir(this.localDir)
			.withPorts(StackPorts.basedAt(18080))
			.withPrometheus(executable(bin.resolve("prometheus")));

		ProcessSpec spec = prometheusSpec(config);

		assertThat(spec.port()).isEqualTo(19090);
		assertThat(spec.command()).contains("--config.file=" + this.localDir.resolve("prometheus/prometheus.yml"),
				"--storage.tsdb.path=" + this.localDir.resolve("prometheus/data") + "/",
				"--web.listen-address=127.0.0.1:19090");
		assertThat(spec.withheldEnvironment()).contains("PES21_ADMIN_PASSWORD", "PES21_JWT_SECRET");
		assertThat(spec.readiness()).isEqualTo(Readiness.PROMETHEUS);
	}

	@Test
	void givesEveryServiceAndTheGatewayTheScrapeTokenAndTheGatewayItsDatabase() {
		StackConfig config = StackConfig.forRepository(REPOSITORY, Map.of()).withLocalDir(this.localDir);
		Secrets secrets = Secrets.of(config, Map.of());

		List<ProcessSpec> processes = Topology.phases(config, Topology.Scope.SUITE, secrets)
			.stream()
			.flatMap(List::stream)
			.toList();

		assertThat(secrets.metricsToken()).isNotBlank();
		assertThat(processes.stream().filter((spec) -> spec.readiness() == Readiness.HTTP))
			.hasSize(ServiceDefinition.values().length + 1)
			.allSatisfy((spec) -> assertThat(spec.environment()).containsEntry("PES21_METRICS_TOKEN",
					secrets.metricsToken()));
		assertThat(processes.stream().filter((spec) -> spec.readiness() != Readiness.HTTP))
			.allSatisfy((spec) -> assertThat(spec.withheldEnvironment()).contains("PES21_METRICS_TOKEN"));
		assertThat(processes.stream()
			.filter((spec) -> spec.name().equals("gateway"))
			.findFirst()
			.orElseThrow()
			.environment()).containsEntry("MONGODB_URI", "mongodb://127.0.0.1:" + config.ports().mongo() + "/gateway");
		assertThat(Secrets.of(config, Map.of()).metricsToken()).as("kept across starts")
			.isEqualTo(secrets.metricsToken());
	}

	@Test
	void upRefusesWhenThePrometheusPortIsTakenAndNamesItsVariable(@TempDir Path bin) throws IOException {
		try (ServerSocket taken = new ServerSocket(0)) {
			StackPorts free = StackPorts.free();
			StackConfig config = StackConfig.forRepository(REPOSITORY, Map.of())
				.withLocalDir(this.localDir)
				.withAdminPassword("a-password")
				.withPorts(new StackPorts(free.gateway(), free.kafka(), free.mongo(), free.services(),
						taken.getLocalPort()))
				.withPrometheus(executable(bin.resolve("prometheus")));

			assertThatExceptionOfType(StackRefused.class)
				.isThrownBy(() -> Preflight.check(config, Topology.Scope.SUITE))
				.withMessageContaining("Port " + taken.getLocalPort() + " (Prometheus) is already in use")
				.withMessageContaining("PES21_PROMETHEUS_PORT");
		}
	}

	@Test
	void statusSaysWhereEachServicesMetricsAreAndWherePrometheusIsWhenItRuns() throws Exception {
		StackPorts ports = StackPorts.free();
		StackConfig config = StackConfig.forRepository(REPOSITORY, Map.of())
			.withLocalDir(this.localDir)
			.withPorts(ports);
		Process prometheus = standIn(PidFiles.prometheusDataOption(this.localDir));
		try {
			new PidFiles(config.runDir()).write(PidFiles.PROMETHEUS, prometheus.pid(), ports.prometheus());
			ByteArrayOutputStream output = new ByteArrayOutputStream();

			int exitCode = StatusReport.print(config, new PrintStream(output, true, StandardCharsets.UTF_8));

			String status = output.toString(StandardCharsets.UTF_8);
			assertThat(exitCode).as(status).isEqualTo(1);
			assertThat(status).containsPattern("prometheus +port " + ports.prometheus() + " +pid " + prometheus.pid());
			assertThat(status).contains("gateway", "http://localhost:" + ports.gateway() + "/actuator/prometheus");
			for (ServiceDefinition service : ServiceDefinition.values()) {
				assertThat(status).containsPattern(
						service.module() + " +http://localhost:" + ports.of(service) + "/actuator/prometheus");
			}
			assertThat(status).containsPattern("Prometheus +http://localhost:" + ports.prometheus() + " ");
			assertThat(status).contains("Authorization: Bearer <the token in " + config.metricsTokenFile() + ">");
		}
		finally {
			prometheus.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void statusSaysNothingOfMetricsWhenNothingRuns() {
		StackConfig config = StackConfig.forRepository(REPOSITORY, Map.of())
			.withLocalDir(this.localDir)
			.withPorts(StackPorts.free());
		ByteArrayOutputStream output = new ByteArrayOutputStream();

		int exitCode = StatusReport.print(config, new PrintStream(output, true, StandardCharsets.UTF_8));

		assertThat(exitCode).isEqualTo(3);
		assertThat(output.toString(StandardCharsets.UTF_8)).doesNotContain("/actuator/prometheus")
			.doesNotContain("prometheus ");
	}

	@Test
	void aPrometheusPidIsTrustedOnlyWhenItsDataDirectoryIsThisStacks(@TempDir Path otherLocalDir) throws Exception {
		Process ours = standIn(PidFiles.prometheusDataOption(this.localDir));
		Process another = standIn(PidFiles.prometheusDataOption(otherLocalDir));
		try {
			PidFiles pidFiles = new PidFiles(this.localDir.resolve("run"));
			pidFiles.write(PidFiles.PROMETHEUS, ours.pid(), 9090);
			assertThat(pidFiles.process(PidFiles.PROMETHEUS)).map(ProcessHandle::pid).contains(ours.pid());

			pidFiles.write(PidFiles.PROMETHEUS, another.pid(), 9090);
			assertThat(pidFiles.process(PidFiles.PROMETHEUS)).isEmpty();
		}
		finally {
			ours.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			another.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	private static ProcessSpec prometheusSpec(StackConfig config) {
		return Topology.phases(config, Topology.Scope.SUITE, Secrets.NONE)
			.stream()
			.flatMap(List::stream)
			.filter((spec) -> spec.name().equals("prometheus"))
			.findFirst()
			.orElseThrow();
	}

	private static Path executable(Path file) throws IOException {
		Files.writeString(file, "#!/bin/sh\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
		return file;
	}

	/**
	 * A process whose command line carries {@code argument}, as Prometheus' would: a
	 * shell waiting for a line that never comes (a builtin, so the shell itself stays).
	 */
	private static Process standIn(String argument) {
		try {
			return new ProcessBuilder("/bin/sh", "-c", "read line", argument).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
