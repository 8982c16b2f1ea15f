package fr.pes21.gateway.problem;

import java.util.List;
import java.util.Map;

import fr.pes21.base.problem.ProblemTypes;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

	/** {@code 400 validation}: one field is invalid, named in {@code errors}. */
	public static ProblemException invalidField(String field, String message) {
		return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION,
				"Some fields are missing or invalid; see errors.",
				Map.of("errors", List.of(new GatewayErrorHandler.FieldProblem(field, message))));
	}

	/** {@code 404 not-found}. */
	public static ProblemException notFound(String detail) {
		return new ProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, detail);
	}

	/** {@code 409 duplicate}: it exists already. */
	public static ProblemException duplicate(String detail) {
		return new ProblemException(HttpStatus.CONFLICT, ProblemTypes.DUPLICATE, detail);
	}

	/**
	 * {@code 422 rule-violation}: well-formed, but a rule refuses it; nothing changes.
	 */
	public static ProblemException ruleViolation(String rule) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.RULE_VIOLATION, rule);
	}

	/** {@code 401 unauthenticated}. */
	public static ProblemException unauthenticated(String detail) {
		return new ProblemException(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, detail);
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
