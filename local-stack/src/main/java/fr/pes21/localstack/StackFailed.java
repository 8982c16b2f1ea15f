package fr.pes21.localstack;

/**
 * A process of the local stack died or was not ready in time; the message names it and
 * quotes the end of its log. Whatever had been started is stopped before this is thrown.
 */
public class StackFailed extends RuntimeException {

	static final int EXIT_CODE = 1;

	StackFailed(String message) {
		super(message);
	}

}
