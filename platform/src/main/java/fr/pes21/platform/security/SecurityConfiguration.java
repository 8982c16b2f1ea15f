package fr.pes21.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import fr.pes21.platform.problem.ProblemResponses;
import fr.pes21.platform.problem.Problems;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Every service validates the gateway's JWT again (defence in depth): HS256 with the
 * shared {@code pes21.jwt.secret}, issuer {@code pes21}, roles from the {@code roles}
 * claim. Anyone signed in may read; recording or withdrawing needs ADMIN, STAFF or
 * VOLUNTEER (a READER only reads). Services narrow further with {@code @PreAuthorize},
 * e.g. for personal data (STAFF and ADMIN only). The API document ({@code /v3/api-docs})
 * is public: the gateway shows it to anyone (docs/decisions/0011).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

	/** Claim holding the role names, without the {@code ROLE_} prefix. */
	public static final String ROLES_CLAIM = "roles";

	public static final String ISSUER = "pes21";

	/** Every role, from the widest to the narrowest. */
	public static final List<String> ROLES = List.of("ADMIN", "STAFF", "VOLUNTEER", "READER");

	/** Who may record or withdraw: everyone but a READER. */
	public static final List<String> RECORDING_ROLES = List.of("ADMIN", "STAFF", "VOLUNTEER");

	/** The service's OpenAPI document, read without a token (through the gateway). */
	public static final String API_DOCS = "/v3/api-docs";

	@Bean
	SecurityFilterChain pes21SecurityFilterChain(HttpSecurity http) throws Exception {
		AuthenticationEntryPoint unauthenticated = (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Bearer");
			ProblemResponses.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
					"Authentication required", "Send a valid token: Authorization: Bearer <token from /auth/token>."));
		};
		AccessDeniedHandler forbidden = (request, response, ex) -> ProblemResponses.write(response,
				Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role does not allow this."));
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
						"/livez", "/readyz", "/error")
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
		byte[] key = secret.getBytes(StandardCharsets.UTF_8);
		if (key.length < 32) {
			throw new IllegalStateException("pes21.jwt.secret (environment variable PES21_JWT_SECRET) must be set "
					+ "to the gateway's token secret, at least 32 bytes long");
		}
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(new SecretKeySpec(key, "HmacSHA256"))
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
		return decoder;
	}

	private static JwtAuthenticationConverter rolesConverter() {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter((jwt) -> {
			List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
			Collection<GrantedAuthority> authorities = (roles == null) ? List.of()
					: roles.stream()
						.<GrantedAuthority>map((role) -> new SimpleGrantedAuthority("ROLE_" + role))
						.toList();
			return authorities;
		});
		return converter;
	}

}
