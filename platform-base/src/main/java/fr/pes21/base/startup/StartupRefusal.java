package fr.pes21.base.startup;

/**
 * A configuration a deployable must refuse to start with (a missing secret, a setting no
 * longer supported). Its message is one line saying what is wrong; {@link #action()} says
 * what to set. {@link StartupRefusalFailureAnalyzer} prints both instead of a stack
 * trace.
 */
public class StartupRefusal extends RuntimeException {

	private final String action;

	public StartupRefusal(String message, String action) {
		super(message);
		this.action = action;
	}

	public String action() {
		return this.action;
	}

}
