package fr.pes21.gateway.auth;

import java.nio.charset.StandardCharsets;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * One HS256 key, {@code PES21_JWT_SECRET} as UTF-8 bytes, signs the tokens issued here
 * and checks those presented; every service checks them again with the same secret.
 */
@Configuration(proxyBeanMethods = false)
class JwtConfiguration {

	static final String ISSUER = "pes21";

	static final int MINIMUM_SECRET_BYTES = 32;

	@Bean
	SecretKey jwtSigningKey(AuthProperties properties) {
		String secret = properties.jwt().secret();
		if (secret == null || secret.isBlank()) {
			throw new GatewayConfigurationException(
					"PES21_JWT_SECRET is not set: the gateway cannot sign or check tokens and refuses to start.",
					"Set the environment variable PES21_JWT_SECRET (or the property pes21.jwt.secret) to at least "
							+ MINIMUM_SECRET_BYTES + " bytes, the same value for every service.");
		}
		byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
		if (bytes.length < MINIMUM_SECRET_BYTES) {
			throw new GatewayConfigurationException(
					"PES21_JWT_SECRET is too short: " + bytes.length + " bytes where HS256 needs at least "
							+ MINIMUM_SECRET_BYTES + "; the gateway refuses to start.",
					"Set PES21_JWT_SECRET to a random value of at least " + MINIMUM_SECRET_BYTES + " bytes.");
		}
		return new SecretKeySpec(bytes, "HmacSHA256");
	}

	@Bean
	JwtEncoder jwtEncoder(SecretKey jwtSigningKey) {
		return NimbusJwtEncoder.withSecretKey(jwtSigningKey).algorithm(MacAlgorithm.HS256).build();
	}

	@Bean
	ReactiveJwtDecoder jwtDecoder(SecretKey jwtSigningKey) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withSecretKey(jwtSigningKey)
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
		return decoder;
	}

}
