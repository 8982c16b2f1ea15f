package fr.pes21.gateway.limit;

import java.util.concurrent.atomic.AtomicLong;

import fr.pes21.base.web.RequestSizeLimit;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses request bodies over {@code pes21.max-request-size} with 413, on every path.
 * Plays the part of Spring Cloud Gateway's {@code RequestSize} filter, which only reads
 * {@code Content-Length}, only covers routes and answers without a problem body: this one
 * also counts chunked bodies and lets the error handler write the problem detail.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimitFilter implements WebFilter {

	private final long maxBytes;

	RequestSizeLimitFilter(RequestSizeProperties properties) {
		this.maxBytes = properties.maxRequestSize().toBytes();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long declared = exchange.getRequest().getHeaders().getContentLength();
		if (declared > this.maxBytes) {
			return Mono.error(tooLarge());
		}
		if (declared >= 0) {
			return chain.filter(exchange);
		}
		ServerHttpRequest counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
			@Override
			public Flux<DataBuffer> getBody() {
				return Flux.defer(() -> {
					AtomicLong received = new AtomicLong();
					return super.getBody().map((buffer) -> {
						if (received.addAndGet(buffer.readableByteCount()) > RequestSizeLimitFilter.this.maxBytes) {
							DataBufferUtils.release(buffer);
							throw tooLarge();
						}
						return buffer;
					});
				});
			}
		};
		return chain.filter(exchange.mutate().request(counted).build());
	}

	private ResponseStatusException tooLarge() {
		return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, RequestSizeLimit.detail(this.maxBytes));
	}

}
