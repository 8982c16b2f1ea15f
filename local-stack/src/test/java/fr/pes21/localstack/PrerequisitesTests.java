package fr.pes21.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's two commands check what they need before they start anything
 * ({@code ops/prerequisites}): {@code ./pes21} run from a copy of the repository's
 * scripts, with a PATH that lacks one tool, stops at once with that tool's install line,
 * and reaches Maven (a stand-in {@code mvnw} here) when nothing lacks.
 */
class PrerequisitesTests {

	private static final Path REPOSITORY = Path.of(System.getProperty("pes21.root", "..")).toAbsolutePath().normalize();

	/** What {@code ./pes21 test} needs besides the JDK, and each tool's install line. */
	private static final Map<String, String> TEST_TOOLS = Map.of("node", "apt-get install nodejs npm", "npm",
			"apt-get install nodejs npm", "chromium", "apt-get install chromium chromium-driver", "chromedriver",
			"apt-get install chromium chromium-driver", "prometheus", "apt-get install prometheus", "promtool",
			"apt-get install prometheus", "python3", "apt-get install python3", "curl", "apt-get install curl",
			"kubectl", "ops/install-check-tools");

	@TempDir
	Path work;

	/**
	 * The links go before JUnit empties the directory: it would warn once per link
	 * (thousands of lines in the build's log).
	 */
	@AfterEach
	void removeTheLinks() throws IOException {
		Path bin = this.work.resolve("bin");
		if (Files.isDirectory(bin)) {
			try (Stream<Path> links = Files.list(bin)) {
				for (Path link : links.toList()) {
					Files.delete(link);
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "node", "npm", "chromium", "chromedriver", "prometheus", "promtool", "python3", "curl",
			"kubectl" })
	void testStopsBeforeMavenWithTheInstallLineOfEachMissingTool(String missing) throws Exception {
		Run run = pes21(pathWithout(missing), "test");

		assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
		assertThat(run.output()).contains("missing on this machine")
			.contains("  " + missing + ": install with")
			.contains(TEST_TOOLS.get(missing))
			.doesNotContain("maven would run");
	}

	@ParameterizedTest
	@ValueSource(strings = { "node", "npm" })
	void upStopsBeforeBuildingWithoutNodeJs(String missing) throws Exception {
		Run run = pes21(pathWithout(missing), "up");

		assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
		assertThat(run.output()).contains("  " + missing + ": install with sudo apt-get install nodejs npm")
			.doesNotContain("maven would run");
	}

	@Test
	void upWithPrometheusStopsWithoutIt() throws Exception {
		Run run = pes21(pathWithout("prometheus"), "up", "--no-build", "--with-prometheus");

		assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
		assertThat(run.output()).contains("  prometheus: install with sudo apt-get install prometheus");
	}

	@Test
	void testReachesMavenWhenNothingLacks() throws Exception {
		Run run = pes21(pathWithout(""), "test");

		assertThat(run.output()).doesNotContain("missing on this machine").contains("maven would run");
		assertThat(run.exitCode()).as(run.output()).isZero();
	}

	/**
	 * A directory for the PATH with every program of this machine's usual directories but
	 * {@code missing} (and kubectl where ops/install-check-tools put it).
	 */
	private Path pathWithout(String missing) throws IOException {
		Path bin = Files.createDirectories(this.work.resolve("bin"));
		List<Path> sources = Stream
			.of(Path.of("/usr/local/bin"), Path.of("/usr/bin"), Path.of("/bin"), REPOSITORY.resolve(".local/tools/bin"))
			.filter(Files::isDirectory)
			.toList();
		for (Path source : sources) {
			try (Stream<Path> programs = Files.list(source)) {
				for (Path program : programs.toList()) {
					Path link = bin.resolve(program.getFileName().toString());
					if (!program.getFileName().toString().equals(missing) && !Files.exists(link)
							&& Files.isExecutable(program)) {
						Files.createSymbolicLink(link, program);
					}
				}
			}
		}
		return bin;
	}

	/** ./pes21 of a copy of the scripts (so that no .local of the repository counts). */
	private Run pes21(Path path, String... arguments) throws IOException, InterruptedException {
		Path copy = Files.createDirectories(this.work.resolve("repository"));
		Files.createDirectories(copy.resolve("ops"));
		Files.copy(REPOSITORY.resolve("pes21"), copy.resolve("pes21"));
		Files.copy(REPOSITORY.resolve("ops/prerequisites"), copy.resolve("ops/prerequisites"));
		Path mvnw = Files.writeString(copy.resolve("mvnw"), "#!/usr/bin/env bash\necho maven would run\n");
		for (Path script : List.of(copy.resolve("pes21"), mvnw)) {
			Files.setPosixFilePermissions(script,
					Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE));
		}
		List<String> command = new ArrayList<>(List.of(path.resolve("bash").toString(), "./pes21"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(copy.toFile()).redirectErrorStream(true);
		builder.environment().clear();
		builder.environment().put("PATH", path.toString());
		builder.environment().put("HOME", this.work.toString());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().put("PES21_ADMIN_PASSWORD", "a-password-for-the-check");
		Process process = builder.start();
		process.getOutputStream().close();
		boolean ended = process.waitFor(2, TimeUnit.MINUTES);
		if (!ended) {
			process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(ended).as("./pes21 %s ended: %s", String.join(" ", arguments), output).isTrue();
		return new Run(process.exitValue(), output);
	}

	private record Run(int exitCode, String output) {
	}

}
