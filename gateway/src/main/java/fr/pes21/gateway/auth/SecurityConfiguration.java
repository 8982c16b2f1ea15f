package fr.pes21.gateway.auth;

import fr.pes21.base.problem.ProblemTypes;
import fr.pes21.base.security.Role;
import fr.pes21.base.security.ScrapeCredential;
import fr.pes21.base.security.SuiteTokens;
import fr.pes21.gateway.problem.ProblemResponses;
import fr.pes21.gateway.web.WebHeaders;
import reactor.core.publisher.Mono;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtGrantedAuthoritiesConverterAdapter;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Stateless bearer-token security: open paths are the login, refresh and logout
 * endpoints, health, info, the staff application's files (web/StaffApplication) and the
 * API documentation; the metrics answer Prometheus' scrape token only; the accounts are
 * for ADMINs but one's own; everything else, {@code /api/**} first, needs a valid token.
 * The Authorization header goes on to the service unchanged, which checks it again.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	/** Login, refresh, logout: what a client calls without a (valid) token. */
	static final String AUTH_PATHS = "/auth/**";

	/** The caller's own account, for any role. */
	static final String[] OWN_ACCOUNT = { "/api/accounts/me", "/api/accounts/me/**" };

	/** The accounts: ADMIN only. */
	static final String[] ACCOUNTS = { "/api/accounts", "/api/accounts/**" };

	/**
	 * The API documents (the gateway's and, through their routes, the services') and
	 * Swagger UI: read by anyone, only trying an operation needs a token.
	 */
	static final String[] API_DOCUMENTATION = { "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**" };

	/**
	 * The metrics ({@code /actuator/prometheus}, {@code /actuator/metrics}) answer only
	 * Prometheus' scrape token ({@link ScrapeCredential}, docs/decisions/0018), not a
	 * user's: a chain of their own, before the bearer-token one, which would read the
	 * scrape token as a JWT.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityWebFilterChain metricsWebFilterChain(ServerHttpSecurity http, ProblemResponses problems,
			WebHeaders webHeaders, @Value("${" + ScrapeCredential.PROPERTY + ":}") String scrapeToken) {
		ScrapeCredential credential = new ScrapeCredential(scrapeToken);
		if (!credential.configured()) {
			log.warn("PES21_METRICS_TOKEN is not set: the metrics (/actuator/prometheus, /actuator/metrics) answer "
					+ "nobody, Prometheus included");
		}
		ServerAuthenticationEntryPoint noScrapeToken = (exchange, ex) -> {
			exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, ScrapeCredential.CHALLENGE);
			return problems.write(exchange, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED,
					"The metrics are read with Prometheus' scrape token only.");
		};
		return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(ScrapeCredential.PATHS))
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.headers(webHeaders::apply)
			.authorizeExchange(
					(exchanges) -> exchanges.anyExchange()
						.access((authentication, context) -> Mono.just(new AuthorizationDecision(credential.accepts(
								context.getExchange().getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION))))))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(noScrapeToken)
				.accessDeniedHandler((exchange, ex) -> noScrapeToken.commence(exchange, null)))
			.build();
	}

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ProblemResponses problems,
			WebHeaders webHeaders) {
		ServerAuthenticationEntryPoint unauthorized = (exchange, ex) -> {
			exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge(ex));
			return problems.write(exchange, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED,
					(ex instanceof OAuth2AuthenticationException) ? "The bearer token is invalid or expired."
							: "A bearer token is required: POST /auth/token.");
		};
		ServerAccessDeniedHandler forbidden = (exchange, ex) -> {
			exchange.getResponse()
				.getHeaders()
				.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
			return problems.write(exchange, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN,
					"Your role does not allow this request.");
		};
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.cors(Customizer.withDefaults())
			.headers(webHeaders::apply)
			.authorizeExchange((exchanges) -> exchanges.pathMatchers(AUTH_PATHS)
				.permitAll()
				.pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/livez", "/readyz")
				.permitAll()
				.pathMatchers(HttpMethod.GET, "/", "/index.html", "/assets/**", "/favicon.svg")
				.permitAll()
				.pathMatchers(HttpMethod.GET, API_DOCUMENTATION)
				.permitAll()
				.pathMatchers("/actuator/**")
				.hasRole(Role.ADMIN.name())
				.pathMatchers(OWN_ACCOUNT)
				.authenticated()
				.pathMatchers(ACCOUNTS)
				.hasRole(Role.ADMIN.name())
				.anyExchange()
				.authenticated())
			.oauth2ResourceServer(
					(resourceServer) -> resourceServer.bearerTokenConverter(bearerTokenOutsideTokenEndpoint())
						.authenticationEntryPoint(unauthorized)
						.accessDeniedHandler(forbidden)
						.jwt((jwt) -> jwt.jwtAuthenticationConverter(rolesClaimConverter())))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
			.build();
	}

	/**
	 * A stale token sent along with a login, a refresh or a logout must not make it fail.
	 */
	private static ServerAuthenticationConverter bearerTokenOutsideTokenEndpoint() {
		ServerBearerTokenAuthenticationConverter bearer = new ServerBearerTokenAuthenticationConverter();
		ServerWebExchangeMatcher tokenEndpoint = new PathPatternParserServerWebExchangeMatcher(AUTH_PATHS);
		return (exchange) -> tokenEndpoint.matches(exchange)
			.flatMap((match) -> match.isMatch() ? Mono.empty() : bearer.convert(exchange));
	}

	private static ReactiveJwtAuthenticationConverter rolesClaimConverter() {
		ReactiveJwtAuthenticationConverter converter = new ReactiveJwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(
				new ReactiveJwtGrantedAuthoritiesConverterAdapter(SuiteTokens::authorities));
		return converter;
	}

	private static String challenge(AuthenticationException ex) {
		if (ex instanceof OAuth2AuthenticationException oauth) {
			return "Bearer error=\"" + oauth.getError().getErrorCode() + "\"";
		}
		return "Bearer";
	}

}
