package fr.pes21.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every reason to refuse {@code up} before starting anything, each a {@link StackRefused}
 * the user can act on: no admin password, a JWT secret too short, the stack already
 * running from this directory, two processes given one port, a port in use, a jar not
 * built.
 */
final class Preflight {

	private Preflight() {
	}

	/** The first reason found is thrown. */
	static void check(StackConfig config, Topology.Scope scope) {
		if (scope == Topology.Scope.SUITE) {
			if (config.adminPassword() == null || config.adminPassword().isBlank()) {
				throw new StackRefused(Topology.ADMIN_PASSWORD_VARIABLE + " is not set: the gateway's user admin needs "
						+ "a password. Run: export " + Topology.ADMIN_PASSWORD_VARIABLE
						+ "='<a password>' and try again.");
			}
			if (config.jwtSecret() != null && !config.jwtSecret().isBlank()
					&& config.jwtSecret().getBytes(StandardCharsets.UTF_8).length < Secrets.MINIMUM_SECRET_BYTES) {
				throw new StackRefused(Secrets.JWT_SECRET_VARIABLE + " is shorter than " + Secrets.MINIMUM_SECRET_BYTES
						+ " bytes: set a longer one, or unset it to use a generated secret.");
			}
		}
		refuseIfRunning(config);
		Map<Integer, String> ports = new HashMap<>();
		for (ProcessSpec spec : Topology.phases(config, scope, Secrets.NONE).stream().flatMap(List::stream).toList()) {
			String other = ports.putIfAbsent(spec.port(), spec.label());
			if (other != null) {
				throw new StackRefused("Port " + spec.port() + " is given to both " + other + " and " + spec.label()
						+ ": choose distinct ports.");
			}
			if (!isFree(spec.port())) {
				throw new StackRefused("Port " + spec.port() + " (" + spec.label() + ") is already in use: stop "
						+ "what uses it, or choose other ports (" + Topology.portVariable(spec.name())
						+ " or --ports-base).");
			}
		}
		if (scope == Topology.Scope.SUITE && config.prometheus() != null) {
			// refuses a configuration that scrapes something this stack does not run
			PrometheusConfiguration.forLocalStack(config);
		}
		List<Path> needed = new ArrayList<>(List.of(config.localStackClasses(), config.localStackLibraries()));
		if (scope == Topology.Scope.SUITE) {
			for (ServiceDefinition service : ServiceDefinition.values()) {
				needed.add(config.jar(service.module()));
			}
			needed.add(config.jar("gateway"));
		}
		for (Path path : needed) {
			if (!Files.exists(path)) {
				throw new StackRefused(config.repository().relativize(path) + " is missing: build first with "
						+ "./mvnw -B -DskipTests install (./pes21 up builds what is missing).");
			}
		}
	}

	/**
	 * Refuses when a process of this stack (or its launcher) still runs from this
	 * directory.
	 */
	static void refuseIfRunning(StackConfig config) {
		PidFiles pidFiles = new PidFiles(config.runDir());
		for (String name : pidFiles.names()) {
			Optional<ProcessHandle> running = pidFiles.process(name);
			if (running.isPresent() && running.get().pid() != ProcessHandle.current().pid()) {
				throw new StackRefused("PES 21 already runs from " + config.localDir() + " (" + name + ", pid "
						+ running.get().pid() + "): see ./pes21 status, or stop it with ./pes21 down.");
			}
		}
	}

	static boolean isFree(int port) {
		// Bind as the services do (every interface, address reuse on): a listener on any
		// local address refuses.
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
