package fr.pes21.gateway.problem;

import java.io.IOException;
import java.net.ConnectException;
import java.util.List;
import java.util.Map;

import fr.pes21.base.problem.ProblemTypes;
import fr.pes21.gateway.correlation.CorrelationId;
import io.netty.channel.ConnectTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * The one place where exceptions become problem details. Replaces Boot's default error
 * handler (which backs off when this bean exists). A service that cannot be reached is
 * the gateway's problem, not the client's: 503, or 502 when it answered badly.
 */
@Component
@Order(-2)
class GatewayErrorHandler implements ErrorWebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

	private final ProblemResponses problems;

	GatewayErrorHandler(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		String path = exchange.getRequest().getPath().value();
		if (ex instanceof NoResourceFoundException) {
			return this.problems.write(exchange, HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND,
					"Nothing is served at " + path + ".");
		}
		if (ex instanceof WebExchangeBindException invalid) {
			List<FieldProblem> errors = invalid.getFieldErrors().stream().map(GatewayErrorHandler::describe).toList();
			return this.problems.write(exchange, HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION,
					"Some fields are missing or invalid; see errors.", Map.of("errors", errors));
		}
		if (ex instanceof ServerWebInputException input && causedBy(ex, TypeMismatchException.class)) {
			String field = (input.getMethodParameter() != null) ? input.getMethodParameter().getParameterName()
					: "parameter";
			return this.problems.write(exchange, HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION,
					"Some fields are missing or invalid; see errors.",
					Map.of("errors", List.of(new FieldProblem(field, "has an invalid value"))));
		}
		if (ex instanceof ServerWebInputException) {
			return this.problems.write(exchange, HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_BODY,
					"The request body is missing or is not the expected JSON.");
		}
		if (ex instanceof ProblemException problem) {
			exchange.getResponse().getHeaders().addAll(problem.getHeaders());
			return this.problems.write(exchange, problem.getStatusCode(), problem.kind(), problem.getReason(),
					problem.extensions());
		}
		if (ex instanceof OptimisticLockingFailureException) {
			return this.problems.write(exchange, HttpStatus.CONFLICT, ProblemTypes.CONCURRENT_CHANGE,
					"Someone changed this record at the same time; read it again and retry.");
		}
		if (ex instanceof ResponseStatusException status) {
			exchange.getResponse().getHeaders().addAll(status.getHeaders());
			return this.problems.write(exchange, status.getStatusCode(),
					ProblemResponses.kindOf(status.getStatusCode()), detail(status));
		}
		if (causedBy(ex, DataBufferLimitException.class)) {
			return this.problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
					"The request body is too large.");
		}
		if (wasRouted(exchange)
				&& (causedBy(ex, ConnectException.class) || causedBy(ex, ConnectTimeoutException.class))) {
			log.warn("[{}] service unreachable for {}: {}", CorrelationId.of(exchange), path, ex.toString());
			return this.problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
					"The service answering " + path + " is unavailable; try again later.");
		}
		if (wasRouted(exchange) && causedBy(ex, IOException.class)) {
			log.warn("[{}] bad answer from the service for {}: {}", CorrelationId.of(exchange), path, ex.toString());
			return this.problems.write(exchange, HttpStatus.BAD_GATEWAY, ProblemTypes.BAD_GATEWAY,
					"The service answering " + path + " failed to answer properly.");
		}
		log.error("[{}] unexpected error on {}", CorrelationId.of(exchange), path, ex);
		return this.problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR,
				"Something went wrong in the gateway; please try again later.");
	}

	private static String detail(ResponseStatusException ex) {
		if (ex.getReason() != null) {
			return ex.getReason();
		}
		if (ex.getStatusCode().value() == HttpStatus.CONTENT_TOO_LARGE.value()) {
			return "The request body is too large.";
		}
		return ProblemTypes.reasonPhrase(ex.getStatusCode());
	}

	private static FieldProblem describe(FieldError error) {
		return new FieldProblem(error.getField(),
				(error.getDefaultMessage() != null) ? error.getDefaultMessage() : "is invalid");
	}

	/** An entry of the {@code errors} list of a validation problem. */
	public record FieldProblem(String field, String message) {
	}

	private static boolean wasRouted(ServerWebExchange exchange) {
		return exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR) != null;
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
