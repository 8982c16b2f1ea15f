package fr.pes21.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.pes21.base.problem.ProblemTypes;
import fr.pes21.gateway.correlation.CorrelationId;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes the gateway's own errors as RFC 9457 problem details
 * ({@code application/problem+json}) in the services' vocabulary ({@link ProblemTypes}:
 * {@code type} {@code urn:pes21:problem:<kind>}, the kind's title), with {@code status},
 * {@code detail}, {@code instance} and the request's {@code correlationId}.
 */
@Component
public class ProblemResponses {

	private final JsonMapper jsonMapper;

	ProblemResponses(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String kind, String detail) {
		return write(exchange, status, kind, detail, Map.of());
	}

	public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String kind, String detail,
			Map<String, ?> extensions) {
		return write(exchange, ProblemTypes.problem(status, kind, detail), extensions);
	}

	public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem, Map<String, ?> extensions) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", exchange.getRequest().getPath().value());
		String correlationId = CorrelationId.of(exchange);
		if (correlationId != null) {
			body.put("correlationId", correlationId);
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		body.putAll(extensions);
		byte[] bytes = this.jsonMapper.writeValueAsBytes(body);
		response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getHeaders().setContentLength(bytes.length);
		DataBuffer buffer = response.bufferFactory().wrap(bytes);
		return response.writeWith(Mono.just(buffer));
	}

	/**
	 * The kind of an answer known only by its status (a {@code ResponseStatusException}
	 * without a kind of its own): the suite's kind for that status where it has one, else
	 * {@code http-<status>} as the services answer.
	 */
	public static String kindOf(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> ProblemTypes.VALIDATION;
			case 401 -> ProblemTypes.UNAUTHENTICATED;
			case 403 -> ProblemTypes.FORBIDDEN;
			case 404 -> ProblemTypes.NOT_FOUND;
			case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE;
			case 429 -> ProblemTypes.TOO_MANY_REQUESTS;
			case 502 -> ProblemTypes.BAD_GATEWAY;
			case 503 -> ProblemTypes.SERVICE_UNAVAILABLE;
			case 500 -> ProblemTypes.INTERNAL_ERROR;
			default -> ProblemTypes.ofStatus(status);
		};
	}

}
