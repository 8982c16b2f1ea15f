package fr.pes21.base.web;

/** The HTTP headers of the suite's own, as the gateway and the services name them. */
public final class SuiteHeaders {

	/**
	 * The request's correlation id: the caller's (if {@link CorrelationIds#accept
	 * acceptable}) or a new one, set by the gateway, kept by the services, answered back.
	 */
	public static final String CORRELATION_ID = "X-Correlation-Id";

	/** A recording request's key: the same key and body record once (decision 4). */
	public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private SuiteHeaders() {
	}

}
