package fr.pes21.platform.problem;

/**
 * The client named something that does not exist (or no longer does): answered
 * {@code 404}.
 */
public class UnknownResource extends RuntimeException {

	public UnknownResource(String resource, String id) {
		super("No " + resource + " with id '" + id + "'");
	}

}
