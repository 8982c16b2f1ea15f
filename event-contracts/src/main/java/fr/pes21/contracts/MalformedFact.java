package fr.pes21.contracts;

/**
 * A record that cannot be read as a fact: unknown type, missing CloudEvents attribute or
 * unreadable data.
 */
public class MalformedFact extends RuntimeException {

	public MalformedFact(String message) {
		super(message);
	}

	public MalformedFact(String message, Throwable cause) {
		super(message, cause);
	}

}
