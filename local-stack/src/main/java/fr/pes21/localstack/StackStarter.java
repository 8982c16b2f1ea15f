package fr.pes21.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Starts the stack: checks ({@link Preflight}), prepares (secrets, copies of the jars,
 * Prometheus' configuration), then starts each phase of the {@link Topology} and waits
 * until all its processes are ready, under one deadline. On failure, stops what was
 * started and throws.
 */
final class StackStarter {

	static final int LOG_TAIL_LINES = 20;

	private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

	private StackStarter() {
	}

	static RunningStack start(StackConfig config, Topology.Scope scope, PrintStream out) {
		return start(config, scope, out, System.getenv());
	}

	static RunningStack start(StackConfig config, Topology.Scope scope, PrintStream out,
			Map<String, String> environment) {
		Instant begin = Instant.now();
		Instant deadline = begin.plus(config.readinessTimeout());
		Preflight.check(config, scope);
		out.println("Starting " + ((scope == Topology.Scope.SUITE) ? "PES 21" : "Kafka and the MongoDB wire server")
				+ " from " + config.repository() + " (data in " + config.localDir() + ")");
		Secrets secrets = (scope == Topology.Scope.SUITE) ? Secrets.of(config, environment) : Secrets.NONE;
		if (scope == Topology.Scope.SUITE) {
			copyJars(config);
			if (config.prometheus() != null) {
				PrometheusConfiguration.write(config);
			}
		}
		new RestartHistory(config.runDir()).clear();
		RunningStack stack = new RunningStack(config, out);
		try {
			for (List<ProcessSpec> phase : Topology.phases(config, scope, secrets)) {
				List<StackProcess> started = phase.stream().map(stack::launch).toList();
				awaitReady(started, deadline, stack, out);
			}
		}
		catch (RuntimeException ex) {
			stack.stop();
			throw ex;
		}
		stack.ready(Duration.between(begin, Instant.now()));
		return stack;
	}

	/** The end of a process's log, indented, for the messages that say it failed. */
	static String logTail(StackProcess process) {
		StringBuilder tail = new StringBuilder("\nLast " + LOG_TAIL_LINES + " lines of " + process.log() + ":\n");
		process.logTail(LOG_TAIL_LINES).forEach((line) -> tail.append("  | ").append(line).append('\n'));
		return tail.toString().stripTrailing();
	}

	private static void awaitReady(List<StackProcess> group, Instant deadline, RunningStack stack, PrintStream out) {
		Set<StackProcess> waiting = new LinkedHashSet<>(group);
		while (!waiting.isEmpty()) {
			for (Iterator<StackProcess> iterator = waiting.iterator(); iterator.hasNext();) {
				StackProcess process = iterator.next();
				if (stack.isStopping()) {
					throw new StackFailed("Stopped before PES 21 was ready.");
				}
				if (!process.isAlive()) {
					throw new StackFailed(process.label() + " stopped before it was ready (" + process.exitDescription()
							+ ")." + logTail(process));
				}
				if (process.isReady()) {
					process.markReady();
					out.printf("  %-22s ready on port %-5d in %5.1f s  (pid %d)%n", process.name(), process.port(),
							process.startupTime().toMillis() / 1000.0, process.pid());
					iterator.remove();
				}
			}
			if (waiting.isEmpty()) {
				return;
			}
			if (Instant.now().isAfter(deadline)) {
				StackProcess late = waiting.iterator().next();
				throw new StackFailed(late.label() + " was not ready on port " + late.port() + " within "
						+ stack.config().readinessTimeout().toSeconds() + " s." + logTail(late));
			}
			// the pause between probes also returns at once if that process dies
			waiting.iterator().next().waitForExit(POLL_INTERVAL);
		}
	}

	/**
	 * The processes run copies of the jars: a JVM loads classes from its jar lazily, and
	 * a rebuild that rewrites the jar under a running service breaks it
	 * (NoClassDefFoundError at the next request).
	 */
	private static void copyJars(StackConfig config) {
		List<String> modules = new ArrayList<>();
		for (ServiceDefinition service : ServiceDefinition.values()) {
			modules.add(service.module());
		}
		modules.add("gateway");
		try {
			for (String module : modules) {
				Path target = config.runningJar(module);
				Files.createDirectories(target.getParent());
				if (linkAotBuild(config, module)) {
					// the process runs from the extracted jar (Topology)
					Files.deleteIfExists(target);
				}
				else {
					Files.copy(config.jar(module), target, StandardCopyOption.REPLACE_EXISTING,
							StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		catch (IOException ex) {
			throw new StackFailed("Could not copy the jars into " + config.localDir() + ": " + ex.getMessage());
		}
	}

	/**
	 * The extracted jar (and its AOT cache when the build trained one), when the build
	 * extracted it from the jar it left (an older one is from an earlier build: left
	 * behind), linked rather than copied (about a gigabyte for the six): a build writes
	 * new files there, never the same ones again (the parent pom), so a running process
	 * keeps what it started with. Links keep the files' times, which the JVM checks
	 * against those its cache recorded.
	 * @return whether they were linked
	 */
	private static boolean linkAotBuild(StackConfig config, String module) throws IOException {
		Path running = config.runningAot(module);
		Trees.delete(running);
		Path build = config.aotBuild(module);
		Path extracted = StackConfig.extractedJar(build, module);
		if (Files.exists(extracted) && !Files.getLastModifiedTime(extracted)
			.toInstant()
			.isBefore(Files.getLastModifiedTime(config.jar(module)).toInstant())) {
			Trees.link(build, running);
			return true;
		}
		return false;
	}

}
