package fr.pes21.gateway.auth;

import javax.crypto.SecretKey;

import fr.pes21.base.security.SuiteTokens;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * One HS256 key, {@code PES21_JWT_SECRET} as UTF-8 bytes, signs the tokens issued here
 * and checks those presented; every service checks them again with the same secret, by
 * the same rules ({@link SuiteTokens}).
 */
@Configuration(proxyBeanMethods = false)
class JwtConfiguration {

	@Bean
	SecretKey jwtSigningKey(AuthProperties properties) {
		return SuiteTokens.signingKey(properties.jwt().secret());
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
		decoder.setJwtValidator(SuiteTokens.validator());
		return decoder;
	}

}
