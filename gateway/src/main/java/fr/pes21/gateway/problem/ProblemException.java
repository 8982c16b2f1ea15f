package fr.pes21.gateway.problem;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;

/**
 * A refusal of the gateway's own endpoints, of a kind of the suite's vocabulary
 * ({@code urn:pes21:problem:<kind>}), with the headers and extension members of its
 * problem detail; {@link GatewayErrorHandler} writes it.
 */
public class ProblemException extends ResponseStatusException {

	private final String kind;

	private final HttpHeaders headers = new HttpHeaders();

	private final Map<String, ?> extensions;

	public ProblemException(HttpStatusCode status, String kind, String detail) {
		this(status, kind, detail, Map.of());
	}

	public ProblemException(HttpStatusCode status, String kind, String detail, Map<String, ?> extensions) {
		super(status, detail);
		this.kind = kind;
		this.extensions = Map.copyOf(extensions);
	}

	/** The same problem, answered with this header too (a {@code Retry-After}, say). */
	public ProblemException withHeader(String name, String value) {
		this.headers.set(name, value);
		return this;
	}

	public String kind() {
		return this.kind;
	}

	public Map<String, ?> extensions() {
		return this.extensions;
	}

	@Override
	public HttpHeaders getHeaders() {
		return this.headers;
	}

}
