package fr.pes21.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * The ports of the local stack. Defaults follow the suite's conventions (gateway 8080,
 * services 8081-8085, Kafka 9092, MongoDB wire server 27017, Prometheus 9090 when asked
 * for); {@code --ports-base} moves them all together; {@code PES21_GATEWAY_PORT},
 * {@code PES21_KAFKA_PORT}, {@code PES21_MONGO_PORT}, {@code PES21_PROMETHEUS_PORT} and
 * {@code PES21_<SERVICE>_PORT} set one each.
 */
public record StackPorts(int gateway, int kafka, int mongo, Map<ServiceDefinition, Integer> services, int prometheus) {

	static final int DEFAULT_GATEWAY = 8080;

	static final int DEFAULT_PROMETHEUS = 9090;

	public StackPorts {
		Map<ServiceDefinition, Integer> copy = new EnumMap<>(ServiceDefinition.class);
		copy.putAll(services);
		for (ServiceDefinition service : ServiceDefinition.values()) {
			if (!copy.containsKey(service)) {
				throw new IllegalArgumentException("No port for " + service.module());
			}
		}
		services = Collections.unmodifiableMap(copy);
	}

	/** These ports, with Prometheus on its default port. */
	public StackPorts(int gateway, int kafka, int mongo, Map<ServiceDefinition, Integer> services) {
		this(gateway, kafka, mongo, services, DEFAULT_PROMETHEUS);
	}

	/** The conventional ports. */
	public static StackPorts defaults() {
		return mapped((port) -> port);
	}

	/** Every default port moved so that the gateway listens on {@code gatewayPort}. */
	public static StackPorts basedAt(int gatewayPort) {
		int shift = gatewayPort - DEFAULT_GATEWAY;
		StackPorts ports = mapped((port) -> port + shift);
		if (gatewayPort < 1024 || ports.mongo() > 65535) {
			throw new StackRefused("--ports-base " + gatewayPort + " is out of range: choose between 1024 and "
					+ (65535 - (MongoWireServer.DEFAULT_PORT - DEFAULT_GATEWAY)) + ".");
		}
		return ports;
	}

	/** A free port for each, as the operating system hands them out: for tests. */
	public static StackPorts free() {
		return mapped((port) -> freePort());
	}

	/** These ports with the overrides found in the environment. */
	StackPorts withEnvironment(Map<String, String> environment) {
		Map<ServiceDefinition, Integer> serviceOverrides = new EnumMap<>(this.services);
		for (ServiceDefinition service : ServiceDefinition.values()) {
			serviceOverrides.put(service, port(environment, service.portVariable(), this.services.get(service)));
		}
		return new StackPorts(port(environment, "PES21_GATEWAY_PORT", this.gateway),
				port(environment, "PES21_KAFKA_PORT", this.kafka), port(environment, "PES21_MONGO_PORT", this.mongo),
				serviceOverrides, port(environment, "PES21_PROMETHEUS_PORT", this.prometheus));
	}

	public int of(ServiceDefinition service) {
		return this.services.get(service);
	}

	private static StackPorts mapped(IntUnaryOperator mapping) {
		Map<ServiceDefinition, Integer> services = new EnumMap<>(ServiceDefinition.class);
		for (ServiceDefinition service : ServiceDefinition.values()) {
			services.put(service, mapping.applyAsInt(service.defaultPort()));
		}
		return new StackPorts(mapping.applyAsInt(DEFAULT_GATEWAY), mapping.applyAsInt(KafkaBroker.DEFAULT_PORT),
				mapping.applyAsInt(MongoWireServer.DEFAULT_PORT), services, mapping.applyAsInt(DEFAULT_PROMETHEUS));
	}

	private static int port(Map<String, String> environment, String variable, int defaultPort) {
		String value = environment.get(variable);
		if (value == null || value.isBlank()) {
			return defaultPort;
		}
		try {
			int port = Integer.parseInt(value.strip());
			if (port < 1 || port > 65535) {
				throw new NumberFormatException();
			}
			return port;
		}
		catch (NumberFormatException ex) {
			throw new StackRefused(variable + " must be a port number (1-65535), not '" + value + "'.");
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
