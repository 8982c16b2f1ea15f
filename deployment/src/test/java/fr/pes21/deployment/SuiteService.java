package fr.pes21.deployment;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deployable of the suite (a service or the gateway) as its own module configures it:
 * what a deployment must give it.
 *
 * @param name {@code spring.application.name}, also the module's directory, the compose
 * service's and the Kubernetes Deployment's name
 * @param module the module's directory
 * @param port the HTTP port it listens on by default ({@code server.port})
 * @param variables every environment variable its {@code application.yaml} reads, with
 * its default ({@code ""} when the default is empty, {@code null} when there is none)
 */
public record SuiteService(String name, Path module, int port, Map<String, String> variables) {

	/** Where Kubernetes and compose ask whether it can take traffic. */
	public static final String READINESS_PATH = "/actuator/health/readiness";

	/** Where Kubernetes asks whether it is alive. */
	public static final String LIVENESS_PATH = "/actuator/health/liveness";

	/** Where Prometheus scrapes it. */
	public static final String METRICS_PATH = "/actuator/prometheus";

	private static final Pattern INPUT_BINDING = Pattern.compile("\\s*[A-Za-z0-9]+-in-\\d+:\\s*");

	private static final Pattern DESTINATION = Pattern.compile("\\s*destination:\\s*(\\S+)\\s*");

	/**
	 * The variables a deployment must set: those without a usable default (none, empty,
	 * or pointing at {@code localhost}, which in a container is the container itself).
	 * {@code SERVER_PORT} is left out: the default port is kept everywhere.
	 */
	public Set<String> requiredVariables() {
		Set<String> required = new TreeSet<>();
		this.variables.forEach((variable, fallback) -> {
			if (!"SERVER_PORT".equals(variable)
					&& (fallback == null || fallback.isEmpty() || fallback.contains("localhost"))) {
				required.add(variable);
			}
		});
		return required;
	}

	/**
	 * The topics it consumes: the {@code destination} of each Spring Cloud Stream input
	 * binding ({@code <function>-in-<n>}) of its {@code application.yaml}. Its consumers
	 * share these topics' partitions with its other replicas.
	 */
	public Set<String> consumedTopics() {
		Set<String> topics = new TreeSet<>();
		int bindingIndent = -1;
		for (String line : Suite.read(this.module.resolve("src/main/resources/application.yaml")).split("\n")) {
			if (line.isBlank() || line.strip().startsWith("#")) {
				continue;
			}
			int indent = line.length() - line.stripLeading().length();
			Matcher binding = INPUT_BINDING.matcher(line);
			Matcher destination = DESTINATION.matcher(line);
			if (binding.matches()) {
				bindingIndent = indent;
			}
			else if (indent <= bindingIndent) {
				bindingIndent = -1;
			}
			else if (bindingIndent >= 0 && destination.matches()) {
				topics.add(destination.group(1));
			}
		}
		return topics;
	}

	/** Whether it is the gateway, the only part reachable from outside. */
	public boolean isGateway() {
		return "gateway".equals(this.name);
	}

}
