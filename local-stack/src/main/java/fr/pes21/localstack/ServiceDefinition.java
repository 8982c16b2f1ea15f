package fr.pes21.localstack;

/**
 * The Spring services the local stack runs behind the gateway: the one place that lists
 * them. A new service of the suite is one more line here (its module, default port,
 * MongoDB database and the gateway's variable for its URL); the launcher, the port
 * checks, the gateway's environment and {@code status} follow.
 */
public enum ServiceDefinition {

	ACCOMPANIMENT("accompaniment-service", 8081, "accompaniment", "ACCOMPANIMENT_URL"),

	DLA("dla-service", 8082, "dla", "DLA_URL"),

	TERRITORY("territory-service", 8083, "territory", "TERRITORY_URL"),

	EVENTS("events-service", 8084, "events", "EVENTS_URL"),

	REPORTING("reporting-service", 8085, "reporting", "REPORTING_URL");

	private final String module;

	private final int defaultPort;

	private final String database;

	private final String gatewayUrlVariable;

	ServiceDefinition(String module, int defaultPort, String database, String gatewayUrlVariable) {
		this.module = module;
		this.defaultPort = defaultPort;
		this.database = database;
		this.gatewayUrlVariable = gatewayUrlVariable;
	}

	/** The Maven module, also the process's name and log file name. */
	public String module() {
		return this.module;
	}

	int defaultPort() {
		return this.defaultPort;
	}

	String database() {
		return this.database;
	}

	/** The gateway's environment variable that holds this service's URL. */
	String gatewayUrlVariable() {
		return this.gatewayUrlVariable;
	}

	/**
	 * The environment variable that overrides this service's port, e.g.
	 * {@code PES21_ACCOMPANIMENT_PORT}.
	 */
	String portVariable() {
		return "PES21_" + name() + "_PORT";
	}

}
