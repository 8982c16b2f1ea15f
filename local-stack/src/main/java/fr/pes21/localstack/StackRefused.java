package fr.pes21.localstack;

/**
 * The local stack refuses to start, before starting anything, for a reason the user can
 * fix (a missing variable, a port in use, a jar not built): one line, exit code 2, no
 * stack trace.
 */
public class StackRefused extends RuntimeException {

	static final int EXIT_CODE = 2;

	StackRefused(String message) {
		super(message);
	}

}
