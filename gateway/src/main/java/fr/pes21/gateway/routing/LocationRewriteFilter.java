package fr.pes21.gateway.routing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Safety net for {@code Location}: services build it from the X-Forwarded-* headers the
 * gateway sends, but when one of them answers with its own origin anyway (say
 * {@code http://accompaniment:8081/api/...}), that origin is replaced with the gateway's
 * external one, so clients never see an internal address. Other origins are left alone.
 */
@Component
class LocationRewriteFilter implements GlobalFilter, Ordered {

	private final TrustedProxies trustedProxies;

	LocationRewriteFilter(@Value("${spring.cloud.gateway.server.webflux.trusted-proxies:}") String trustedProxies) {
		this.trustedProxies = new TrustedProxies(trustedProxies);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		exchange.getResponse().beforeCommit(() -> {
			rewrite(exchange);
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	private void rewrite(ServerWebExchange exchange) {
		HttpHeaders headers = exchange.getResponse().getHeaders();
		URI service = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR);
		URI location = parse(headers.getFirst(HttpHeaders.LOCATION));
		if (service == null || location == null || !location.isAbsolute() || !sameOrigin(location, service)) {
			return;
		}
		StringBuilder rewritten = new StringBuilder(externalOrigin(exchange.getRequest()));
		rewritten.append((location.getRawPath() != null) ? location.getRawPath() : "");
		if (location.getRawQuery() != null) {
			rewritten.append('?').append(location.getRawQuery());
		}
		if (location.getRawFragment() != null) {
			rewritten.append('#').append(location.getRawFragment());
		}
		headers.set(HttpHeaders.LOCATION, rewritten.toString());
	}

	/**
	 * The origin the client used: X-Forwarded-* when a trusted proxy sent them, else the
	 * request's own.
	 */
	String externalOrigin(ServerHttpRequest request) {
		URI uri = request.getURI();
		String own = origin(uri.getScheme(), uri.getHost(), uri.getPort());
		if (!this.trustedProxies.trusts(request)) {
			return own;
		}
		HttpHeaders headers = request.getHeaders();
		String proto = first(headers.getFirst("X-Forwarded-Proto"));
		String host = first(headers.getFirst("X-Forwarded-Host"));
		String port = first(headers.getFirst("X-Forwarded-Port"));
		if (host == null) {
			return own;
		}
		try {
			String scheme = ("https".equalsIgnoreCase(proto) || "http".equalsIgnoreCase(proto))
					? proto.toLowerCase(Locale.ROOT) : uri.getScheme();
			URI forwarded = new URI(scheme + "://" + host);
			int forwardedPort = forwarded.getPort();
			if (forwardedPort < 0 && port != null && !port.isEmpty() && port.chars().allMatch(Character::isDigit)) {
				forwardedPort = Integer.parseInt(port);
			}
			return (forwarded.getHost() != null) ? origin(scheme, forwarded.getHost(), forwardedPort) : own;
		}
		catch (URISyntaxException | NumberFormatException ex) {
			return own;
		}
	}

	private static String origin(String scheme, String host, int port) {
		boolean defaultPort = port < 0 || port == defaultPort(scheme);
		return scheme + "://" + host + (defaultPort ? "" : ":" + port);
	}

	private static boolean sameOrigin(URI a, URI b) {
		return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost() != null
				&& a.getHost().equalsIgnoreCase(b.getHost()) && effectivePort(a) == effectivePort(b);
	}

	private static int effectivePort(URI uri) {
		return (uri.getPort() >= 0) ? uri.getPort() : defaultPort(uri.getScheme());
	}

	private static int defaultPort(String scheme) {
		return "https".equals(scheme.toLowerCase(Locale.ROOT)) ? 443 : 80;
	}

	private static String first(String header) {
		if (header == null) {
			return null;
		}
		String first = header.split(",", 2)[0].trim();
		return first.isEmpty() ? null : first;
	}

	private static URI parse(String location) {
		if (location == null) {
			return null;
		}
		try {
			return new URI(location);
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
