package fr.pes21.localstack;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code ./pes21 status}: each process (Prometheus only when started with the stack) with
 * its port, pid, memory, whether it is ready and how often the supervisor restarted it,
 * who supervises the stack, then where the metrics are and the token that reads them.
 * Exit code 0 when all run and are ready, 3 when none runs, 1 otherwise.
 */
final class StatusReport {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.systemDefault());

	private StatusReport() {
	}

	static int print(StackConfig config, PrintStream out) {
		PidFiles pidFiles = new PidFiles(config.runDir());
		RestartHistory history = new RestartHistory(config.runDir());
		int running = 0;
		int ready = 0;
		List<ProcessSpec> specs = new ArrayList<>(Topology.all(config));
		if (pidFiles.exists(PidFiles.PROMETHEUS)) {
			specs.add(Topology.prometheusForStatus(config));
		}
		out.println("PES 21 in " + config.localDir());
		Map<String, Integer> ports = new LinkedHashMap<>();
		for (ProcessSpec spec : specs) {
			OptionalInt recordedPort = pidFiles.port(spec.name());
			int port = recordedPort.orElse(spec.port());
			ports.put(spec.name(), port);
			Optional<ProcessHandle> process = pidFiles.process(spec.name());
			String state;
			String pid = "-";
			String memory = "";
			if (process.isPresent()) {
				running++;
				pid = Long.toString(process.get().pid());
				boolean isReady = spec.readiness().check(spec.host(), port);
				ready += isReady ? 1 : 0;
				state = isReady ? "ready" : "starting (not ready)";
				memory = String.format("%4d MiB", StackProcess.rssKiB(process.get().pid()) / 1024);
			}
			else {
				state = pidFiles.exists(spec.name()) ? "not running (stale pid file)" : "not running";
			}
			out.printf("  %-22s port %-5d pid %-8s %-8s %s%s%n", spec.name(), port, pid, memory, state,
					restarts(history.of(spec.name())));
		}
		Optional<ProcessHandle> launcher = pidFiles.process(PidFiles.LAUNCHER);
		if (launcher.isPresent()) {
			out.println("  supervised by the launcher, pid "
					+ launcher.get().pid() + " (" + (PidFiles.BACKGROUND.equals(pidFiles.launcherMode())
							? "in the background" : "in the foreground of a terminal")
					+ "): a process that dies is restarted");
		}
		else if (running > 0) {
			out.println("  not supervised (no launcher runs): a process that dies stays down; "
					+ "./pes21 down, then ./pes21 up");
		}
		if (running == 0) {
			return 3;
		}
		printMetrics(config, specs, ports, pidFiles, out);
		if (ready == specs.size()) {
			out.println("PES 21 is ready at " + config.gatewayUrl().replaceFirst(":\\d+$", "") + ":"
					+ pidFiles.port("gateway").orElse(config.ports().gateway()));
			return 0;
		}
		return 1;
	}

	private static String restarts(List<RestartHistory.Restart> restarts) {
		if (restarts.isEmpty()) {
			return "";
		}
		RestartHistory.Restart last = restarts.getLast();
		return "  restarted " + restarts.size() + "x, last " + WHEN.format(last.at()) + " (" + last.reason() + ")";
	}

	/**
	 * Each service's own metrics endpoint (Prometheus' scrape token needed, no login),
	 * and Prometheus when it runs.
	 */
	private static void printMetrics(StackConfig config, List<ProcessSpec> specs, Map<String, Integer> ports,
			PidFiles pidFiles, PrintStream out) {
		out.println("Metrics (Prometheus text format; send Authorization: Bearer <the token in "
				+ config.metricsTokenFile() + ">):");
		for (ProcessSpec spec : specs) {
			if (spec.readiness() == Readiness.HTTP) {
				out.printf("  %-22s http://localhost:%d%s%n", spec.name(), ports.get(spec.name()),
						PrometheusConfiguration.METRICS_PATH);
			}
		}
		if (pidFiles.process(PidFiles.PROMETHEUS).isPresent()) {
			String url = "http://localhost:" + ports.get(PidFiles.PROMETHEUS);
			out.printf("  %-22s %s (targets: %s/targets, alerts: %s/alerts)%n", "Prometheus", url, url, url);
		}
	}

}
