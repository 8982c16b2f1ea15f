package fr.pes21.platform.problem;

import java.util.List;

import fr.pes21.base.problem.ProblemTypes;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where exceptions become RFC 9457 problem details. A client mistake is
 * always a 4xx with a detail that says what to fix; only a fault of ours is a 5xx, and it
 * tells nothing of our internals.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	/** One entry of a validation problem's {@code errors}. */
	public record FieldProblem(String field, String message) {
	}

	@ExceptionHandler(UnknownResource.class)
	ProblemDetail unknownResource(UnknownResource ex) {
		return Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(RuleViolation.class)
	ProblemDetail ruleViolation(RuleViolation ex) {
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.RULE_VIOLATION, "Refused by a rule",
				ex.getMessage());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(OptimisticLockingFailureException ex) {
		return Problems.of(HttpStatus.CONFLICT, ProblemTypes.CONCURRENT_CHANGE, "Changed meanwhile",
				"Someone changed this record at the same time; read it again and retry.");
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ProblemDetail duplicate(DuplicateKeyException ex) {
		return Problems.of(HttpStatus.CONFLICT, ProblemTypes.DUPLICATE, "Already exists",
				"This record already exists.");
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		ProblemDetail problem = validationProblem();
		problem.setProperty("errors", ex.getConstraintViolations()
			.stream()
			.map((violation) -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
			.toList());
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = validationProblem();
		problem.setProperty("errors",
				List.of(new FieldProblem(ex.getName(), "has an invalid value '" + ex.getValue() + "'")));
		return problem;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException ex) {
		return Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", "Your role does not allow this.");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR, "Internal error",
				"Something went wrong on our side; nothing was recorded. Please try again later.");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = validationProblem();
		problem.setProperty("errors",
				ex.getBindingResult()
					.getAllErrors()
					.stream()
					.map((error) -> new FieldProblem(
							(error instanceof FieldError field) ? field.getField() : error.getObjectName(),
							error.getDefaultMessage()))
					.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = validationProblem();
		problem.setProperty("errors",
				ex.getParameterValidationResults()
					.stream()
					.flatMap((result) -> result.getResolvableErrors()
						.stream()
						.map((error) -> new FieldProblem(fieldOf(error, result.getMethodParameter().getParameterName()),
								error.getDefaultMessage())))
					.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (causedBy(ex, PayloadTooLarge.class) != null) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "Request too large",
						causedBy(ex, PayloadTooLarge.class).getMessage()));
		}
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_BODY,
				"Malformed request body", "The body is not valid JSON for this request.");
		DatabindException databind = causedBy(ex, DatabindException.class);
		if (databind != null && !databind.getPath().isEmpty()) {
			String field = fieldPath(databind);
			problem.setDetail("The value of '" + field + "' cannot be read (a date must exist and be yyyy-MM-dd; "
					+ "an enumeration takes one of its documented values).");
			problem.setProperty("errors", List.of(new FieldProblem(field, "has an invalid value")));
		}
		else if (causedBy(ex, JacksonException.class) != null) {
			problem
				.setDetail("The body is not valid JSON: " + causedBy(ex, JacksonException.class).getOriginalMessage());
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getType() != null
				&& "about:blank".equals(problem.getType().toString())) {
			problem.setType(ProblemTypes.uri(ProblemTypes.ofStatus(statusCode)));
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private static ProblemDetail validationProblem() {
		return Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request",
				"Some fields are missing or invalid; see errors.");
	}

	private static String fieldOf(MessageSourceResolvable error, String parameter) {
		return (error instanceof FieldError field) ? field.getField() : parameter;
	}

	private static String fieldPath(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		ex.getPath().forEach((reference) -> {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		});
		return path.toString();
	}

	private static <T extends Throwable> T causedBy(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
