package fr.pes21.localstack;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One process of the local stack, started from its {@link ProcessSpec} with its output in
 * {@code .local/logs/<name>.log} (the previous run's log kept as {@code <name>.log.1}; a
 * restart by the supervisor appends to the same log, so the end of the dead process's log
 * stays readable). It runs in a session of its own ({@code setsid}) so that Ctrl-C in the
 * terminal reaches only the launcher, which then stops every process in order.
 */
final class StackProcess {

	private static final Path SETSID = Path.of("/usr/bin/setsid");

	private static final File NO_INPUT = new File("/dev/null");

	private final ProcessSpec spec;

	private final Path repository;

	private final Path log;

	private final PidFiles pidFiles;

	private volatile Process process;

	private volatile Instant startedAt;

	private volatile Duration startupTime;

	StackProcess(ProcessSpec spec, StackConfig config) {
		this.spec = spec;
		this.repository = config.repository();
		this.log = config.logsDir().resolve(spec.name() + ".log");
		this.pidFiles = new PidFiles(config.runDir());
	}

	String name() {
		return this.spec.name();
	}

	String label() {
		return this.spec.label();
	}

	int port() {
		return this.spec.port();
	}

	Path log() {
		return this.log;
	}

	ProcessSpec spec() {
		return this.spec;
	}

	/** Starts the process with a fresh log (the previous one kept as {@code .1}). */
	synchronized StackProcess start() {
		return start(false);
	}

	/**
	 * Starts the process again after it ended, appending to its log.
	 */
	synchronized StackProcess restart() {
		return start(true);
	}

	private StackProcess start(boolean again) {
		if (isAlive()) {
			return this;
		}
		try {
			Files.createDirectories(this.log.getParent());
			if (!again && Files.exists(this.log)) {
				Files.move(this.log, this.log.resolveSibling(this.log.getFileName() + ".1"),
						StandardCopyOption.REPLACE_EXISTING);
			}
			Files.writeString(
					this.log, "# " + Instant.now() + (again ? " restarted: " : " ")
							+ String.join(" ", this.spec.command()) + "\n",
					StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			List<String> command = new ArrayList<>();
			if (Files.isExecutable(SETSID)) {
				// setsid execs the command in place (the child is no process group
				// leader): the pid stays java's
				command.add(SETSID.toString());
			}
			command.addAll(this.spec.command());
			ProcessBuilder builder = new ProcessBuilder(command).directory(this.repository.toFile())
				.redirectInput(ProcessBuilder.Redirect.from(NO_INPUT))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()));
			Map<String, String> environment = builder.environment();
			this.spec.withheldEnvironment().forEach(environment::remove);
			environment.putAll(this.spec.environment());
			this.startedAt = Instant.now();
			this.startupTime = null;
			this.process = builder.start();
			this.pidFiles.write(name(), this.process.pid(), port());
			return this;
		}
		catch (IOException ex) {
			throw new StackFailed("Could not start " + label() + ": " + ex.getMessage());
		}
	}

	boolean isAlive() {
		Process current = this.process;
		return current != null && current.isAlive();
	}

	boolean isReady() {
		return isAlive() && this.spec.isReady();
	}

	long pid() {
		Process current = this.process;
		return (current != null) ? current.pid() : -1;
	}

	void markReady() {
		this.startupTime = Duration.between(this.startedAt, Instant.now());
	}

	/** From start to ready, as seen by the launcher's probe. */
	Duration startupTime() {
		return this.startupTime;
	}

	/** Waits at most {@code timeout} for the process to end; whether it has. */
	boolean waitForExit(Duration timeout) {
		Process current = this.process;
		if (current == null) {
			return true;
		}
		try {
			return current.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !current.isAlive();
		}
	}

	CompletableFuture<StackProcess> onExit() {
		return this.process.onExit().thenApply((ended) -> this);
	}

	String exitDescription() {
		Process current = this.process;
		if (current == null || current.isAlive()) {
			return "still running";
		}
		int code = current.exitValue();
		return (code > 128) ? "exit code " + code + ", signal " + (code - 128) : "exit code " + code;
	}

	/**
	 * SIGTERM, then at most {@code grace} for a clean exit, then SIGKILL. Whether it
	 * stopped cleanly.
	 */
	synchronized boolean stop(Duration grace) {
		Process current = this.process;
		boolean clean = true;
		if (current != null && current.isAlive()) {
			current.destroy();
			if (!waitForExit(grace)) {
				clean = false;
				current.destroyForcibly();
				waitForExit(Duration.ofSeconds(10));
			}
		}
		this.pidFiles.delete(name());
		return clean;
	}

	/** SIGKILL, as a crash would: no chance to clean up. Waits until it is gone. */
	void kill() {
		killNow();
		waitForExit(Duration.ofSeconds(30));
	}

	/** SIGKILL without waiting for the process to be gone. */
	void killNow() {
		Process current = this.process;
		if (current != null && current.isAlive()) {
			current.destroyForcibly();
		}
	}

	/** SIGSTOP: the process stays, frozen, until {@link #resume()}. */
	void pause() {
		Signals.pause(pid());
	}

	/** SIGCONT after {@link #pause()}. */
	void resume() {
		Signals.resume(pid());
	}

	/** Resident memory in KiB, from {@code /proc/<pid>/status}; 0 when unknown. */
	long rssKiB() {
		return isAlive() ? rssKiB(pid()) : 0;
	}

	static long rssKiB(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// not on Linux, or the process just ended
		}
		return 0;
	}

	/** The last lines of the log, read from its end. */
	List<String> logTail(int lines) {
		try (RandomAccessFile file = new RandomAccessFile(this.log.toFile(), "r")) {
			long length = file.length();
			int size = (int) Math.min(length, 64 * 1024);
			byte[] bytes = new byte[size];
			file.seek(length - size);
			file.readFully(bytes);
			List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
			return all.subList(Math.max(0, all.size() - lines), all.size());
		}
		catch (IOException ex) {
			return List.of("(no log: " + ex.getMessage() + ")");
		}
	}

	@Override
	public String toString() {
		return name() + " (port " + port() + ", pid " + pid() + ")";
	}

}
