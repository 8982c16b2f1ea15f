package fr.pes21.base.problem;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The suite's one vocabulary of problems (docs/decisions/0004): every RFC 9457 problem
 * detail, a service's or the gateway's, has a {@code type}
 * {@code urn:pes21:problem:<kind>} built here, from the kinds named here.
 */
public final class ProblemTypes {

	/** What every problem type starts with. */
	public static final String PREFIX = "urn:pes21:problem:";

	/** 400: fields missing or invalid, listed in {@code errors}. */
	public static final String VALIDATION = "validation";

	/** 400: the body is not the JSON expected. */
	public static final String MALFORMED_BODY = "malformed-body";

	/** 401: no valid token, or a login refused. */
	public static final String UNAUTHENTICATED = "unauthenticated";

	/** 403: the token's roles do not allow it. */
	public static final String FORBIDDEN = "forbidden";

	/** 404: nothing at that address. */
	public static final String NOT_FOUND = "not-found";

	/** 409: changed by someone else meanwhile. */
	public static final String CONCURRENT_CHANGE = "concurrent-change";

	/** 409: exists already. */
	public static final String DUPLICATE = "duplicate";

	/** 413: a body over {@code pes21.max-request-size}. */
	public static final String PAYLOAD_TOO_LARGE = "payload-too-large";

	/** 422: well-formed, but a rule refuses it. */
	public static final String RULE_VIOLATION = "rule-violation";

	/** 429: too many attempts; {@code Retry-After} says when to try again. */
	public static final String TOO_MANY_REQUESTS = "too-many-requests";

	/** 500: a fault of ours; nothing of our internals is told. */
	public static final String INTERNAL_ERROR = "internal-error";

	/** 502: the service behind the gateway answered badly. */
	public static final String BAD_GATEWAY = "bad-gateway";

	/** 503: the service behind the gateway cannot be reached. */
	public static final String SERVICE_UNAVAILABLE = "service-unavailable";

	private static final Map<String, String> TITLES = Map.ofEntries(Map.entry(VALIDATION, "Invalid request"),
			Map.entry(MALFORMED_BODY, "Malformed request body"), Map.entry(UNAUTHENTICATED, "Authentication required"),
			Map.entry(FORBIDDEN, "Forbidden"), Map.entry(NOT_FOUND, "Not found"),
			Map.entry(CONCURRENT_CHANGE, "Changed meanwhile"), Map.entry(DUPLICATE, "Already exists"),
			Map.entry(PAYLOAD_TOO_LARGE, "Request too large"), Map.entry(RULE_VIOLATION, "Refused by a rule"),
			Map.entry(TOO_MANY_REQUESTS, "Too many attempts"), Map.entry(INTERNAL_ERROR, "Internal error"),
			Map.entry(BAD_GATEWAY, "Bad gateway"), Map.entry(SERVICE_UNAVAILABLE, "Service unavailable"));

	private ProblemTypes() {
	}

	/** {@code urn:pes21:problem:<kind>}. */
	public static URI uri(String kind) {
		return URI.create(PREFIX + kind);
	}

	/**
	 * The kind of an answer with no more specific kind: {@code http-<status>} (a method
	 * not allowed is {@code http-405}).
	 */
	public static String ofStatus(HttpStatusCode status) {
		return "http-" + status.value();
	}

	/** A problem detail of the given kind. */
	public static ProblemDetail problem(HttpStatusCode status, String kind, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(uri(kind));
		problem.setTitle(title);
		return problem;
	}

	/** A problem detail of the given kind, with that kind's {@link #title}. */
	public static ProblemDetail problem(HttpStatusCode status, String kind, String detail) {
		return problem(status, kind, title(kind, status), detail);
	}

	/**
	 * The title of a kind, the same wherever it is answered; the status's reason phrase
	 * for a kind without one ({@code http-405}).
	 */
	public static String title(String kind, HttpStatusCode status) {
		return TITLES.getOrDefault(kind, reasonPhrase(status));
	}

	/** The reason phrase of a status, as a title when no kind says better. */
	public static String reasonPhrase(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.getReasonPhrase() : "HTTP " + status.value();
	}

}
