package fr.pes21.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Bearer tokens shaped like the gateway's (HS256, {@code roles} claim), signed with the
 * tests' secret.
 */
public final class TestTokens {

	/**
	 * The JWT secret every test context uses ({@code pes21.jwt.secret}); never used
	 * outside tests.
	 */
	public static final String SECRET = "test-only-secret-for-pes21-integration-tests-0123456789";

	/**
	 * Prometheus' scrape token in every test context ({@code pes21.metrics.token}); never
	 * used outside tests.
	 */
	public static final String METRICS_SCRAPE_TOKEN = "test-only-metrics-scrape-token";

	/** The {@code Authorization} header value Prometheus scrapes the metrics with. */
	public static final String METRICS_SCRAPE = "Bearer " + METRICS_SCRAPE_TOKEN;

	private TestTokens() {
	}

	/**
	 * An {@code Authorization} header value for a user with the given roles (ADMIN,
	 * STAFF, ...).
	 */
	public static String bearer(String username, String... roles) {
		return "Bearer " + token(username, Instant.now().plusSeconds(3600), roles);
	}

	public static String token(String username, Instant expiresAt, String... roles) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(username)
			.issuer("pes21")
			.issueTime(new Date())
			.expirationTime(Date.from(expiresAt))
			.claim("roles", List.of(roles))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		try {
			jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

}
