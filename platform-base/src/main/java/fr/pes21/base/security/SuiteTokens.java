package fr.pes21.base.security;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import fr.pes21.base.startup.StartupRefusal;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;

/**
 * The suite's bearer tokens (docs/decisions/0001), the same for the gateway that issues
 * and checks them and the services that check them again: HS256 with the UTF-8 bytes of
 * {@code PES21_JWT_SECRET}, issuer {@value #ISSUER}, the roles in {@value #ROLES_CLAIM}.
 */
public final class SuiteTokens {

	public static final String ISSUER = "pes21";

	/** Claim holding the role names, without the {@code ROLE_} prefix. */
	public static final String ROLES_CLAIM = "roles";

	/** Spring Security's prefix of a role's authority. */
	public static final String AUTHORITY_PREFIX = "ROLE_";

	/** HS256 needs a key of at least 256 bits. */
	public static final int MINIMUM_SECRET_BYTES = 32;

	private SuiteTokens() {
	}

	/**
	 * The HS256 key of a secret; refuses to start without one or with one too short.
	 */
	public static SecretKey signingKey(String secret) {
		if (secret == null || secret.isBlank()) {
			throw new StartupRefusal(
					"PES21_JWT_SECRET is not set: tokens can be neither signed nor checked, so this "
							+ "refuses to start.",
					"Set the environment variable PES21_JWT_SECRET (or the property " + "pes21.jwt.secret) to at least "
							+ MINIMUM_SECRET_BYTES + " bytes, the same value for the gateway and every service.");
		}
		byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
		if (bytes.length < MINIMUM_SECRET_BYTES) {
			throw new StartupRefusal(
					"PES21_JWT_SECRET is too short: " + bytes.length + " bytes where HS256 needs at least "
							+ MINIMUM_SECRET_BYTES + "; this refuses to start.",
					"Set PES21_JWT_SECRET to a random value of at least " + MINIMUM_SECRET_BYTES
							+ " bytes (openssl rand -base64 32), the same for the gateway and every service.");
		}
		return new SecretKeySpec(bytes, "HmacSHA256");
	}

	/** Checks the issuer, and the expiry and not-before times. */
	public static OAuth2TokenValidator<Jwt> validator() {
		return JwtValidators.createDefaultWithIssuer(ISSUER);
	}

	/** {@code ROLE_<role>} for each role the token names. */
	public static Collection<GrantedAuthority> authorities(Jwt jwt) {
		List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
		return (roles == null) ? List.of()
				: roles.stream()
					.<GrantedAuthority>map((role) -> new SimpleGrantedAuthority(AUTHORITY_PREFIX + role))
					.toList();
	}

}
