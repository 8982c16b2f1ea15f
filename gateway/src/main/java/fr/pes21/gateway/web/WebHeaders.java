package fr.pes21.gateway.web;

import fr.pes21.gateway.routing.TrustedProxies;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The headers of every answer of the gateway, its pages (the web application, Swagger UI)
 * first: a Content-Security-Policy that lets a page load only what the gateway itself
 * serves ({@code pes21.web.content-security-policy}), no MIME sniffing, no referrer, no
 * framing, no camera, microphone nor location, no caching; and HSTS only where the client
 * reached the gateway over HTTPS (directly, or through a trusted proxy that says so),
 * never on plain {@code http://localhost} where it would bind the browser to HTTPS for
 * nothing.
 */
@Component
public class WebHeaders {

	/** What browsers are told to remember: one year, subdomains included. */
	static final String HSTS = "max-age=31536000 ; includeSubDomains";

	private final String contentSecurityPolicy;

	private final TrustedProxies proxies;

	WebHeaders(@Value("${pes21.web.content-security-policy}") String contentSecurityPolicy, TrustedProxies proxies) {
		this.contentSecurityPolicy = contentSecurityPolicy;
		this.proxies = proxies;
	}

	public void apply(ServerHttpSecurity.HeaderSpec headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(this.contentSecurityPolicy))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.frameOptions((frames) -> frames.mode(Mode.DENY))
			.permissionsPolicy((permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()"))
			.hsts(ServerHttpSecurity.HeaderSpec.HstsSpec::disable)
			.writer(strictTransportSecurity());
	}

	private ServerHttpHeadersWriter strictTransportSecurity() {
		return (exchange) -> {
			if (overHttps(exchange)) {
				exchange.getResponse().getHeaders().set("Strict-Transport-Security", HSTS);
			}
			return Mono.empty();
		};
	}

	private boolean overHttps(ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		if (request.getSslInfo() != null || "https".equals(request.getURI().getScheme())) {
			return true;
		}
		String forwarded = request.getHeaders().getFirst("X-Forwarded-Proto");
		return forwarded != null && this.proxies.trusts(request)
				&& "https".equalsIgnoreCase(forwarded.split(",", 2)[0].strip());
	}

}
