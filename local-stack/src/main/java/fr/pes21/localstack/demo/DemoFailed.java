package fr.pes21.localstack.demo;

/**
 * The demo data could not be loaded: one line for the user, no stack trace. Exit code 2
 * when the stack cannot be used at all (not running, password refused, no data), 1 when
 * the API refused a call.
 */
public class DemoFailed extends RuntimeException {

	private final int exitCode;

	DemoFailed(String message, int exitCode) {
		super(message);
		this.exitCode = exitCode;
	}

	public int exitCode() {
		return this.exitCode;
	}

}
