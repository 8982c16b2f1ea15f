package fr.pes21.gateway.cors;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param allowedOrigins origins of the web front ends, from {@code PES21_CORS_ORIGINS}
 */
@ConfigurationProperties("pes21.cors")
record CorsProperties(List<String> allowedOrigins) {

	CorsProperties {
		allowedOrigins = (allowedOrigins != null)
				? allowedOrigins.stream().map(String::trim).filter((origin) -> !origin.isEmpty()).toList() : List.of();
	}

}
