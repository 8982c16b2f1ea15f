package fr.pes21.gateway.web;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Serves the staff web application (module {@code frontend}, its files under
 * {@code static/} on the class path) at {@code /}: a browser asking for a page of the
 * application ({@code /rapports/2024}, {@code /accompagnement/projets/…}, a link or a
 * reload) gets {@code index.html}, whose router shows the page (history mode,
 * docs/decisions/0015). Runs before security, which lets {@code index.html} through
 * without a token. The built files under {@code /assets/} carry their content's hash in
 * their names and are cached for a year; {@code index.html} is checked at each visit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class StaffApplication implements WebFilter {

	static final String INDEX = "/index.html";

	/** Paths that are never a page of the application. */
	private static final List<String> NOT_PAGES = List.of("/api/", "/auth/", "/v3/", "/swagger-ui", "/webjars/",
			"/actuator", "/livez", "/readyz", "/assets/");

	private static final String IMMUTABLE = "public, max-age=31536000, immutable";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		String path = request.getPath().pathWithinApplication().value();
		if (isPage(request, path)) {
			exchange.getResponse().getHeaders().setCacheControl("no-cache");
			return chain.filter(exchange.mutate().request(request.mutate().path(INDEX).build()).build());
		}
		if (path.startsWith("/assets/")) {
			exchange.getResponse().beforeCommit(() -> {
				if (exchange.getResponse().getStatusCode() != null
						&& exchange.getResponse().getStatusCode().is2xxSuccessful()) {
					exchange.getResponse().getHeaders().setCacheControl(IMMUTABLE);
				}
				return Mono.empty();
			});
		}
		else if (path.equals(INDEX)) {
			exchange.getResponse().getHeaders().setCacheControl("no-cache");
		}
		return chain.filter(exchange);
	}

	/**
	 * A browser's request for a page: GET or HEAD, wants HTML, and names neither a file
	 * (a dot in its last segment) nor a path of the API, the documentation or the
	 * actuator.
	 */
	static boolean isPage(ServerHttpRequest request, String path) {
		if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
			return false;
		}
		if (path.equals("/") || NOT_PAGES.stream().anyMatch(path::startsWith)) {
			return false;
		}
		String last = path.substring(path.lastIndexOf('/') + 1);
		if (last.contains(".")) {
			return false;
		}
		List<MediaType> accepted = request.getHeaders().getAccept();
		return accepted.stream()
			.anyMatch((type) -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
	}

}
