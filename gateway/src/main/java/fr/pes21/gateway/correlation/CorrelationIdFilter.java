package fr.pes21.gateway.correlation;

import fr.pes21.base.web.CorrelationIds;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Runs first, so that every answer, including a 401 or a 413, carries the correlation id,
 * and every log line written while the request is handled too
 * ({@link CorrelationIdInLogs}). A caller's id is kept by the rule the services apply too
 * ({@link CorrelationIds}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String id = CorrelationIds.accept(exchange.getRequest().getHeaders().getFirst(CorrelationId.HEADER));
		exchange.getAttributes().put(CorrelationId.ATTRIBUTE, id);
		exchange.getResponse().beforeCommit(() -> {
			exchange.getResponse().getHeaders().set(CorrelationId.HEADER, id);
			return Mono.empty();
		});
		ServerWebExchange withId = exchange.mutate()
			.request((request) -> request.headers((headers) -> headers.set(CorrelationId.HEADER, id)))
			.build();
		return chain.filter(withId).contextWrite(Context.of(CorrelationIdInLogs.KEY, id));
	}

}
