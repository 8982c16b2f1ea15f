package fr.pes21.gateway.cors;

import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * CORS is answered by the security filter chain (which looks this bean up), so that
 * preflight requests never meet the bearer-token check. Tokens travel in a header, not a
 * cookie: no credentials.
 */
@Configuration(proxyBeanMethods = false)
class CorsConfiguration {

	@Bean
	CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
		var cors = new org.springframework.web.cors.CorsConfiguration();
		cors.setAllowedOrigins(properties.allowedOrigins());
		cors.setAllowedMethods(List.of("GET", "POST", "PATCH", "DELETE", "OPTIONS"));
		cors.setAllowedHeaders(
				List.of("Authorization", "Content-Type", "Idempotency-Key", "Last-Event-ID", "X-Correlation-Id"));
		cors.setExposedHeaders(List.of("Location", "X-Correlation-Id", "Retry-After"));
		cors.setAllowCredentials(false);
		cors.setMaxAge(Duration.ofHours(1));
		var source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", cors);
		return source;
	}

}
