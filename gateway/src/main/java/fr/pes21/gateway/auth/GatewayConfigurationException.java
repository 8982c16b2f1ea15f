package fr.pes21.gateway.auth;

/**
 * A configuration the gateway must refuse to start with. The message is one line that
 * says what to set; {@link GatewayConfigurationFailureAnalyzer} prints it instead of a
 * stack trace.
 */
class GatewayConfigurationException extends RuntimeException {

	private final String action;

	GatewayConfigurationException(String message, String action) {
		super(message);
		this.action = action;
	}

	String action() {
		return this.action;
	}

}
