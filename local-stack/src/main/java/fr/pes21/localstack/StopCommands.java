package fr.pes21.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./pes21 down} (stops the launcher, which stops every process in reverse order;
 * then anything still named by a pid file) and {@code ./pes21 restart <name>} (has the
 * supervisor restart one process).
 */
final class StopCommands {

	/**
	 * A launcher stops every process in turn, each within
	 * {@link RunningStack#STOP_GRACE}.
	 */
	static final Duration LAUNCHER_STOP_GRACE = Duration.ofSeconds(150);

	private StopCommands() {
	}

	static int down(StackConfig config, PrintStream out) {
		PidFiles pidFiles = new PidFiles(config.runDir());
		boolean any = false;
		Optional<ProcessHandle> launcher = pidFiles.process(PidFiles.LAUNCHER);
		if (launcher.isPresent()) {
			any = true;
			out.println("Stopping the PES 21 launcher (pid " + launcher.get().pid() + "), which stops the rest:");
			stop(launcher.get(), LAUNCHER_STOP_GRACE, out, PidFiles.LAUNCHER);
		}
		pidFiles.delete(PidFiles.LAUNCHER);
		pidFiles.deleteLauncherMode();
		for (String name : stopOrder(config, pidFiles)) {
			Optional<ProcessHandle> process = pidFiles.process(name);
			if (process.isPresent()) {
				any = true;
				stop(process.get(), RunningStack.STOP_GRACE, out, name);
			}
			pidFiles.delete(name);
		}
		if (!any) {
			out.println("PES 21 is not running from " + config.localDir() + ".");
		}
		return 0;
	}

	/**
	 * Stops one process and has the supervisor start it again at once; returns once it is
	 * ready again (or says why not).
	 */
	static int restart(StackConfig config, String name, PrintStream out) {
		List<String> names = Topology.all(config).stream().map(ProcessSpec::name).toList();
		if (!names.contains(name) && !name.equals(PidFiles.PROMETHEUS)) {
			throw new StackRefused("No process named '" + name + "' (one of: " + String.join(", ", names) + ").");
		}
		PidFiles pidFiles = new PidFiles(config.runDir());
		if (pidFiles.process(PidFiles.LAUNCHER).isEmpty()) {
			throw new StackRefused("Nothing supervises PES 21 in " + config.localDir()
					+ " (no launcher runs), so nothing would start " + name + " again: ./pes21 up first.");
		}
		Optional<ProcessHandle> process = pidFiles.process(name);
		RestartHistory history = new RestartHistory(config.runDir());
		int restartsBefore = history.of(name).size();
		history.requestRestart(name);
		if (process.isPresent()) {
			out.println("Stopping " + name + " (pid " + process.get().pid() + "); the supervisor starts it again:");
			stop(process.get(), RunningStack.STOP_GRACE, out, name);
		}
		else {
			history.takeRestartRequest(name);
			throw new StackRefused(
					name + " does not run now: the supervisor is already restarting it " + "(see ./pes21 status).");
		}
		long oldPid = process.get().pid();
		Instant start = Instant.now();
		Instant deadline = start.plus(config.readinessTimeout());
		ProcessSpec spec = Topology.all(config)
			.stream()
			.filter((candidate) -> candidate.name().equals(name))
			.findFirst()
			.orElseGet(() -> Topology.prometheusForStatus(config));
		while (Instant.now().isBefore(deadline)) {
			Optional<ProcessHandle> current = pidFiles.process(name);
			OptionalInt port = pidFiles.port(name);
			if (current.isPresent() && current.get().pid() != oldPid && history.of(name).size() > restartsBefore
					&& spec.readiness().check(spec.host(), port.orElse(spec.port()))) {
				out.printf("  %s ready again in %.1f s (pid %d)%n", name,
						Duration.between(start, Instant.now()).toMillis() / 1000.0, current.get().pid());
				return 0;
			}
			if (pidFiles.process(PidFiles.LAUNCHER).isEmpty()) {
				throw new StackFailed("The launcher stopped while " + name + " was restarting: see "
						+ config.logsDir().resolve("launcher.log") + " or the terminal it ran in.");
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new StackFailed("Interrupted while " + name + " was restarting.");
			}
		}
		throw new StackFailed(name + " was not ready again within " + config.readinessTimeout().toSeconds()
				+ " s: see ./pes21 status and " + config.logsDir().resolve(name + ".log") + ".");
	}

	/** The reverse of the start order, then any other name a pid file mentions. */
	private static List<String> stopOrder(StackConfig config, PidFiles pidFiles) {
		List<String> order = new ArrayList<>(Topology.stopOrder(config));
		for (String name : pidFiles.names()) {
			if (!order.contains(name) && !name.equals(PidFiles.LAUNCHER)) {
				order.add(name);
			}
		}
		return order;
	}

	static void stop(ProcessHandle process, Duration grace, PrintStream out, String name) {
		long start = System.nanoTime();
		process.destroy();
		boolean clean = true;
		try {
			process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (Exception ex) {
			clean = false;
			process.destroyForcibly();
			process.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally((failure) -> null).join();
		}
		out.printf("  stopped %-22s %s in %.1f s%n", name,
				clean ? "cleanly" : "by SIGKILL after " + grace.toSeconds() + " s", (System.nanoTime() - start) / 1e9);
	}

}
