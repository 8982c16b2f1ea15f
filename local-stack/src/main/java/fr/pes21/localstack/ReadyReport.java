package fr.pes21.localstack;

import java.io.PrintStream;

/**
 * What {@code up} prints once the suite is ready: how long it took, where the gateway and
 * the staff application are, how to log in, where the logs and metrics are.
 */
final class ReadyReport {

	private ReadyReport() {
	}

	static void print(RunningStack stack, PrintStream out) {
		StackConfig config = stack.config();
		out.println();
		out.printf("Ready in %.1f s.%n", stack.readyAfter().toMillis() / 1000.0);
		out.println("PES 21 is ready at " + stack.gatewayUrl());
		out.println("Open:    " + stack.gatewayUrl() + "/ in a browser: the staff application, as admin with $"
				+ Topology.ADMIN_PASSWORD_VARIABLE);
		out.println("Log in:  curl -s -X POST " + stack.gatewayUrl().replaceFirst("^http://", "")
				+ "/auth/token -H 'Content-Type: application/json' -d \"{\\\"username\\\":\\\"admin\\\","
				+ "\\\"password\\\":\\\"$" + Topology.ADMIN_PASSWORD_VARIABLE + "\\\"}\"");
		out.println("Logs:    " + config.logsDir() + "/<name>.log (" + String.join(", ", stack.pids().keySet()) + ")");
		if (config.prometheus() != null) {
			out.println("Metrics: Prometheus at " + config.prometheusUrl() + " (targets: " + config.prometheusUrl()
					+ "/targets, alerts: " + config.prometheusUrl() + "/alerts); each service's own at "
					+ "http://localhost:<port>" + PrometheusConfiguration.METRICS_PATH
					+ " (./pes21 status lists them)");
		}
	}

}
