package fr.pes21.gateway.auth;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may ask for a token, and how tokens are signed.
 *
 * @param adminPassword password of the user {@code admin}, from
 * {@code PES21_ADMIN_PASSWORD}
 * @param jwt signing secret and lifetime of issued tokens
 * @param users further users, each with a {@code {bcrypt}} or {@code {noop}} password
 */
@ConfigurationProperties("pes21")
record AuthProperties(String adminPassword, @DefaultValue Jwt jwt, List<ConfiguredUser> users) {

	AuthProperties {
		users = (users != null) ? List.copyOf(users) : List.of();
	}

	/**
	 * @param secret HS256 key shared with every service, at least 32 bytes (UTF-8)
	 * @param ttl lifetime of an issued token
	 */
	record Jwt(String secret, @DefaultValue("PT8H") Duration ttl) {
	}

	record ConfiguredUser(String username, String password, List<String> roles) {
	}

}
