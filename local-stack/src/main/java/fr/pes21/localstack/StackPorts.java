package fr.pes21.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
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

	/**
	 * Free ports for a test's stack: a block below the range the operating system hands
	 * out for {@code bind(0)} and outgoing connections, and one that no other stack of
	 * this JVM got. A port is chosen now but bound only once its process has started, up
	 * to a minute later: an ephemeral port could meanwhile be taken by another stack
	 * started beside it or by any outgoing connection.
	 */
	public static StackPorts free() {
		int ceiling = ephemeralRangeStart();
		for (int attempt = 0; attempt < 1000; attempt++) {
			int base = nextBlock(ceiling);
			if (allFree(base)) {
				int[] next = { base };
				return mapped((port) -> next[0]++);
			}
		}
		throw new IllegalStateException(
				"No " + BLOCK + " free ports in a row between " + FIRST_FREE_PORT + " and " + ceiling);
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

	/**
	 * How many ports a stack takes: gateway, five services, Kafka, MongoDB, Prometheus.
	 */
	static final int BLOCK = 5 + 4;

	private static final int FIRST_FREE_PORT = 10_000;

	private static final AtomicInteger NEXT_BLOCK = new AtomicInteger(-1);

	private static int nextBlock(int ceiling) {
		int blocks = (ceiling - FIRST_FREE_PORT) / BLOCK;
		// a random first block, so that two JVMs rarely start on the same one
		NEXT_BLOCK.compareAndSet(-1, ThreadLocalRandom.current().nextInt(blocks));
		return FIRST_FREE_PORT + Math.floorMod(NEXT_BLOCK.getAndIncrement(), blocks) * BLOCK;
	}

	private static boolean allFree(int base) {
		for (int port = base; port < base + BLOCK; port++) {
			if (!Preflight.isFree(port)) {
				return false;
			}
		}
		return true;
	}

	/** The first port of Linux's ephemeral range (32768 when it cannot be read). */
	static int ephemeralRangeStart() {
		try {
			// readAllLines, not readString: a file of /proc says its size is 0
			String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).strip();
			return Math.max(FIRST_FREE_PORT + BLOCK, Integer.parseInt(range.split("\\s+")[0]));
		}
		catch (IOException | RuntimeException ex) {
			return 32_768;
		}
	}

}
