package fr.pes21.platform.apidocs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The problem answers every service gives, each a reusable response of the document
 * ({@code #/components/responses/<name>}) with an example per problem type
 * (docs/decisions/0004).
 *
 * @param status the HTTP status
 * @param name the response's name in the document
 * @param description when it happens
 * @param examples the problem types it carries, each with an example body
 */
record ProblemAnswers(int status, String name, String description, Map<String, Map<String, Object>> examples) {

	static final ProblemAnswers VALIDATION_FAILED = new ProblemAnswers(400, "ValidationFailed",
			"A field, parameter or header is missing or invalid, or the body is not the expected JSON (an impossible "
					+ "date names its field): `urn:pes21:problem:validation` with `errors`, or "
					+ "`urn:pes21:problem:malformed-body`. Nothing changed.",
			examples(
					example("validation", 400, "Invalid request", "Some fields are missing or invalid; see errors.",
							List.of(fieldError("date", "must not be null"))),
					example("malformed-body", 400, "Malformed request body",
							"The value of 'date' cannot be read (a date must exist and be yyyy-MM-dd; an enumeration "
									+ "takes one of its documented values).",
							List.of(fieldError("date", "has an invalid value")))));

	static final ProblemAnswers UNAUTHENTICATED = new ProblemAnswers(401, "Unauthenticated",
			"No valid bearer token: get one from POST /auth/token. The gateway answers `about:blank`, a service "
					+ "reached directly `urn:pes21:problem:unauthenticated`.",
			examples(
					Map.entry("gateway",
							problem("about:blank", 401, "Unauthorized",
									"A bearer token is required: POST /auth/token.")),
					example("unauthenticated", 401, "Authentication required",
							"Send a valid token: Authorization: Bearer <token from /auth/token>.", null)));

	static final ProblemAnswers FORBIDDEN = new ProblemAnswers(403, "Forbidden",
			"The token's roles do not allow this operation (see its `x-roles`): `urn:pes21:problem:forbidden`.",
			examples(example("forbidden", 403, "Forbidden", "Your role does not allow this.", null)));

	static final ProblemAnswers NOT_FOUND = new ProblemAnswers(404, "NotFound",
			"Nothing (or nothing active) with the id in the path: `urn:pes21:problem:not-found`.",
			examples(example("not-found", 404, "Not found",
					"No structure with id '6f1c2a9e-3b7d-4c55-9a0e-2d4b8f7e1a20'", null)));

	static final ProblemAnswers CONFLICT = new ProblemAnswers(409, "Conflict",
			"Someone changed the record at the same time (`urn:pes21:problem:concurrent-change`: read it again and "
					+ "retry), it exists already (`urn:pes21:problem:duplicate`), or the Idempotency-Key was used "
					+ "with another body (`urn:pes21:problem:idempotency-key-reused`), is still being processed "
					+ "(`urn:pes21:problem:idempotency-key-in-use`) or answered a secret that was not kept "
					+ "(`urn:pes21:problem:idempotency-answer-not-kept`, with the Location).",
			examples(
					example("concurrent-change", 409, "Changed meanwhile",
							"Someone changed this record at the same time; read it again and retry.", null),
					example("duplicate", 409, "Already exists", "This record already exists.", null),
					example("idempotency-key-reused", 409, "Idempotency-Key reused",
							"This Idempotency-Key was already used with a different body.", null),
					example("idempotency-key-in-use", 409, "Request in progress",
							"A request with this Idempotency-Key is still being processed; retry.", null),
					example("idempotency-answer-not-kept", 409, "Already done",
							"The request with this Idempotency-Key succeeded (see Location); its answer showed a "
									+ "secret once and was not kept.",
							null)));

	static final ProblemAnswers PAYLOAD_TOO_LARGE = new ProblemAnswers(413, "PayloadTooLarge",
			"The body is over the size limit (1 MB by default): `urn:pes21:problem:payload-too-large`, or "
					+ "`about:blank` from the gateway.",
			examples(example("payload-too-large", 413, "Request too large",
					"The request body is larger than the limit of 1048576 bytes", null)));

	static final ProblemAnswers REFUSED_BY_A_RULE = new ProblemAnswers(422, "RefusedByARule",
			"Well-formed, but a rule of the domain refuses it; the detail says which and what to do: "
					+ "`urn:pes21:problem:rule-violation`. Nothing changed.",
			examples(example("rule-violation", 422, "Refused by a rule",
					"A diagnostic cannot be completed before it started (2023-04-12).", null)));

	static final List<ProblemAnswers> ALL = List.of(VALIDATION_FAILED, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT,
			PAYLOAD_TOO_LARGE, REFUSED_BY_A_RULE);

	/** The reusable response, with its examples. */
	ApiResponse response() {
		MediaType media = ApiDocumentation.problemMedia();
		this.examples.forEach((kind, body) -> media.addExamples(kind, new Example().value(body)));
		return new ApiResponse().description(this.description)
			.content(new io.swagger.v3.oas.models.media.Content().addMediaType(ApiDocumentation.PROBLEM_JSON, media));
	}

	/** A reference to the reusable response. */
	ApiResponse reference() {
		return new ApiResponse().$ref("#/components/responses/" + this.name);
	}

	static ProblemAnswers of(int status) {
		return ALL.stream().filter((answer) -> answer.status == status).findFirst().orElse(null);
	}

	@SafeVarargs
	private static Map<String, Map<String, Object>> examples(Map.Entry<String, Map<String, Object>>... examples) {
		Map<String, Map<String, Object>> all = new LinkedHashMap<>();
		for (Map.Entry<String, Map<String, Object>> example : examples) {
			all.put(example.getKey(), example.getValue());
		}
		return all;
	}

	private static Map.Entry<String, Map<String, Object>> example(String kind, int status, String title, String detail,
			List<Map<String, String>> errors) {
		Map<String, Object> body = problem("urn:pes21:problem:" + kind, status, title, detail);
		if (errors != null) {
			body.put("errors", errors);
		}
		return Map.entry(kind, body);
	}

	private static Map<String, String> fieldError(String field, String message) {
		Map<String, String> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("message", message);
		return error;
	}

	private static Map<String, Object> problem(String type, int status, String title, String detail) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type);
		body.put("title", title);
		body.put("status", status);
		body.put("detail", detail);
		return body;
	}

}
