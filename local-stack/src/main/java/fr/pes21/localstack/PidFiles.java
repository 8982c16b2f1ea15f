package fr.pes21.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * The {@code .local/run/} directory: {@code <name>.pid} and {@code <name>.port} for each
 * running process, so that {@code status} and {@code down} find a stack started in the
 * background. A pid is only trusted while it names a live process whose command line
 * carries {@code -Dpes21.component=<name>} (pids get reused); Prometheus, no JVM of ours,
 * is known by its data directory under this stack's directory.
 */
final class PidFiles {

	static final String LAUNCHER = "launcher";

	static final String PROMETHEUS = "prometheus";

	/** {@code launcher.mode}: the launcher runs in a terminal's foreground. */
	static final String FOREGROUND = "foreground";

	/** {@code launcher.mode}: the launcher runs detached ({@code up --background}). */
	static final String BACKGROUND = "background";

	private static final String LAUNCHER_MODE = LAUNCHER + ".mode";

	private final Path runDir;

	PidFiles(Path runDir) {
		this.runDir = runDir;
	}

	void write(String name, long pid, int port) {
		try {
			Files.createDirectories(this.runDir);
			Files.writeString(this.runDir.resolve(name + ".port"), port + "\n");
			Files.writeString(this.runDir.resolve(name + ".pid"), pid + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void delete(String name) {
		try {
			Files.deleteIfExists(this.runDir.resolve(name + ".pid"));
			Files.deleteIfExists(this.runDir.resolve(name + ".port"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void writeLauncherMode(String mode) {
		try {
			Files.createDirectories(this.runDir);
			Files.writeString(this.runDir.resolve(LAUNCHER_MODE), mode + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void deleteLauncherMode() {
		try {
			Files.deleteIfExists(this.runDir.resolve(LAUNCHER_MODE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * How the running launcher was started: {@link #FOREGROUND} or {@link #BACKGROUND}.
	 */
	String launcherMode() {
		try {
			Path file = this.runDir.resolve(LAUNCHER_MODE);
			return Files.exists(file) ? Files.readString(file).strip() : FOREGROUND;
		}
		catch (IOException ex) {
			return FOREGROUND;
		}
	}

	/** The names that have a pid file, in no particular order. */
	List<String> names() {
		if (!Files.isDirectory(this.runDir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.runDir)) {
			return new ArrayList<>(files.map((file) -> file.getFileName().toString())
				.filter((file) -> file.endsWith(".pid"))
				.map((file) -> file.substring(0, file.length() - ".pid".length()))
				.sorted()
				.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	boolean exists(String name) {
		return Files.exists(this.runDir.resolve(name + ".pid"));
	}

	/** The live process a pid file names, if it is still the one that was started. */
	Optional<ProcessHandle> process(String name) {
		OptionalInt pid = read(name + ".pid");
		if (pid.isEmpty()) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid.getAsInt())
			.filter(ProcessHandle::isAlive)
			.filter((handle) -> isOurs(handle, name, this.runDir));
	}

	OptionalInt port(String name) {
		return read(name + ".port");
	}

	private OptionalInt read(String file) {
		try {
			Path path = this.runDir.resolve(file);
			return Files.exists(path) ? OptionalInt.of(Integer.parseInt(Files.readString(path).strip()))
					: OptionalInt.empty();
		}
		catch (IOException | NumberFormatException ex) {
			return OptionalInt.empty();
		}
	}

	private static boolean isOurs(ProcessHandle handle, String name, Path runDir) {
		String commandLine = handle.info().commandLine().orElse("");
		return commandLine.contains("-Dpes21.component=" + name + " ")
				|| (name.equals(LAUNCHER) && commandLine.contains(LocalStack.class.getName()))
				|| (name.equals(PROMETHEUS) && commandLine.contains(prometheusDataOption(runDir.getParent())));
	}

	/**
	 * Prometheus' option naming its data directory under {@code localDir}: on its command
	 * line, it tells this stack's Prometheus from any other.
	 */
	static String prometheusDataOption(Path localDir) {
		return "--storage.tsdb.path=" + localDir.resolve(PROMETHEUS).resolve("data") + "/";
	}

}
