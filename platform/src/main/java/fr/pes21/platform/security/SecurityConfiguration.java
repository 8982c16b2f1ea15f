package fr.pes21.platform.security;

import java.util.List;

import fr.pes21.base.problem.ProblemTypes;
import fr.pes21.base.security.Role;
import fr.pes21.base.security.ScrapeCredential;
import fr.pes21.base.security.SuiteTokens;
import fr.pes21.platform.problem.ProblemResponses;
import fr.pes21.platform.problem.Problems;
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
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Every service validates the gateway's JWT again (defence in depth), by the rules it
 * shares with the gateway ({@link SuiteTokens}): HS256 with the shared
 * {@code pes21.jwt.secret}, issuer {@code pes21}, roles from the {@code roles} claim.
 * Anyone signed in may read; recording or withdrawing needs ADMIN, STAFF or VOLUNTEER (a
 * READER only reads). Services narrow further with {@code @PreAuthorize}, e.g. for
 * personal data (STAFF and ADMIN only). The API document ({@code /v3/api-docs}) is
 * public: the gateway shows it to anyone (docs/decisions/0011). The metrics need
 * Prometheus' scrape token, nothing else (docs/decisions/0018).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	/** Claim holding the role names, without the {@code ROLE_} prefix. */
	public static final String ROLES_CLAIM = SuiteTokens.ROLES_CLAIM;

	public static final String ISSUER = SuiteTokens.ISSUER;

	/** Every role, from the widest to the narrowest. */
	public static final List<String> ROLES = Role.names();

	/** Who may record or withdraw: everyone but a READER. */
	public static final List<String> RECORDING_ROLES = Role.recordingNames();

	/** The service's OpenAPI document, read without a token (through the gateway). */
	public static final String API_DOCS = "/v3/api-docs";

	/**
	 * The metrics ({@code /actuator/prometheus}, {@code /actuator/metrics}) answer only
	 * Prometheus' scrape token ({@link ScrapeCredential}), not a user's token: their own
	 * chain, before the bearer-token one, which would read the scrape token as a JWT.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain pes21MetricsFilterChain(HttpSecurity http,
			@Value("${" + ScrapeCredential.PROPERTY + ":}") String scrapeToken) throws Exception {
		ScrapeCredential credential = new ScrapeCredential(scrapeToken);
		if (!credential.configured()) {
			log.warn("PES21_METRICS_TOKEN is not set: the metrics (/actuator/prometheus, /actuator/metrics) answer "
					+ "nobody, Prometheus included");
		}
		AuthenticationEntryPoint noScrapeToken = (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", ScrapeCredential.CHALLENGE);
			ProblemResponses.write(response, Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED,
					"Authentication required", "The metrics are read with Prometheus' scrape token only."));
		};
		http.securityMatcher(ScrapeCredential.PATHS)
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests.anyRequest()
				.access((authentication, context) -> new AuthorizationDecision(
						credential.accepts(context.getRequest().getHeader(HttpHeaders.AUTHORIZATION)))))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(noScrapeToken)
				.accessDeniedHandler((request, response, ex) -> noScrapeToken.commence(request, response, null)));
		return http.build();
	}

	@Bean
	SecurityFilterChain pes21SecurityFilterChain(HttpSecurity http) throws Exception {
		AuthenticationEntryPoint unauthenticated = (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Bearer");
			ProblemResponses.write(response, Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED,
					"Authentication required", "Send a valid token: Authorization: Bearer <token from /auth/token>."));
		};
		AccessDeniedHandler forbidden = (request, response, ex) -> ProblemResponses.write(response, Problems
			.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", "Your role does not allow this."));
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/livez", "/readyz",
						"/error")
				.permitAll()
				.requestMatchers(HttpMethod.GET, API_DOCS, API_DOCS + "/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/**")
				.authenticated()
				.anyRequest()
				.hasAnyRole(RECORDING_ROLES.toArray(String[]::new)))
			.oauth2ResourceServer(
					(resourceServer) -> resourceServer.jwt((jwt) -> jwt.jwtAuthenticationConverter(rolesConverter()))
						.authenticationEntryPoint(unauthenticated)
						.accessDeniedHandler(forbidden))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthenticated)
				.accessDeniedHandler(forbidden));
		return http.build();
	}

	@Bean
	JwtDecoder jwtDecoder(@Value("${pes21.jwt.secret:}") String secret) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(SuiteTokens.signingKey(secret))
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		decoder.setJwtValidator(SuiteTokens.validator());
		return decoder;
	}

	private static JwtAuthenticationConverter rolesConverter() {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(SuiteTokens::authorities);
		return converter;
	}

}
