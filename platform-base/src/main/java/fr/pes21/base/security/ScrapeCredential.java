package fr.pes21.base.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The credential Prometheus scrapes the metrics with (docs/decisions/0018): a bearer
 * token, {@code PES21_METRICS_TOKEN}, the same for the gateway and every service. The
 * metric endpoints ({@link #PATHS}) answer only a request that carries it; without a
 * token configured they answer nobody. Health and readiness stay open.
 */
public final class ScrapeCredential {

	/** The property holding the token ({@code PES21_METRICS_TOKEN}). */
	public static final String PROPERTY = "pes21.metrics.token";

	/** The endpoints that need it: what a scrape or a curious caller reads. */
	public static final String[] PATHS = { "/actuator/prometheus", "/actuator/prometheus/**", "/actuator/metrics",
			"/actuator/metrics/**" };

	/** The challenge of a refused scrape. */
	public static final String CHALLENGE = "Bearer realm=\"metrics\"";

	private static final String BEARER = "Bearer ";

	private final byte[] token;

	public ScrapeCredential(String token) {
		this.token = (token != null && !token.isBlank()) ? token.strip().getBytes(StandardCharsets.UTF_8) : null;
	}

	/** Whether a token is configured at all; without one the metrics are closed. */
	public boolean configured() {
		return this.token != null;
	}

	/**
	 * Whether an {@code Authorization} header carries the scrape token (compared in
	 * constant time).
	 */
	public boolean accepts(String authorization) {
		if (this.token == null || authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, 7)) {
			return false;
		}
		byte[] given = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(this.token, given);
	}

}
