package fr.pes21.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher's main in a child JVM, as the {@code pes21} script runs it (its classes
 * and libraries, the repository as working directory), with the environment of a user who
 * set nothing but what is given here.
 */
final class LauncherProcess {

	private final Path repository;

	private final Map<String, String> environment;

	LauncherProcess(Path repository, Map<String, String> environment) {
		this.repository = repository;
		this.environment = Map.copyOf(environment);
	}

	/** What a run printed and how it ended. */
	record Run(int exitCode, String stdout, String stderr) {

		/** Asserts it ended with 0, showing what it printed otherwise. */
		Run succeeded() {
			assertThat(this.exitCode).as("exit code; stdout:%n%s%nstderr:%n%s", this.stdout, this.stderr).isZero();
			return this;
		}

	}

	Run run(Duration timeout, String... args) {
		StackConfig config = StackConfig.forRepository(this.repository, Map.of());
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", config.infrastructureClasspath(),
				LocalStack.class.getName()));
		command.addAll(List.of(args));
		command.addAll(List.of("--root", this.repository.toString()));
		try {
			Path stdout = Files.createTempFile("pes21-launcher", ".out");
			Path stderr = Files.createTempFile("pes21-launcher", ".err");
			ProcessBuilder builder = new ProcessBuilder(command).directory(this.repository.toFile())
				.redirectOutput(stdout.toFile())
				.redirectError(stderr.toFile());
			for (String variable : List.of("PES21_ADMIN_PASSWORD", "PES21_JWT_SECRET", "PES21_WEBHOOK_SECRET_KEY",
					"PES21_PORTS_BASE", "PES21_LOCAL_DIR", "PES21_GATEWAY_ADDRESS")) {
				builder.environment().remove(variable);
			}
			builder.environment().putAll(this.environment);
			Process process = builder.start();
			process.getOutputStream().close();
			boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
			if (!ended) {
				process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
			Run run = new Run(ended ? process.exitValue() : -1, Files.readString(stdout, StandardCharsets.UTF_8),
					Files.readString(stderr, StandardCharsets.UTF_8));
			Files.deleteIfExists(stdout);
			Files.deleteIfExists(stderr);
			System.out.println("$ ./pes21 " + String.join(" ", args) + "  (exit " + run.exitCode() + ")\n"
					+ run.stdout().stripTrailing()
					+ (run.stderr().isBlank() ? "" : "\n" + run.stderr().stripTrailing()));
			assertThat(ended).as("./pes21 %s ended within %s", String.join(" ", args), timeout).isTrue();
			return run;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
