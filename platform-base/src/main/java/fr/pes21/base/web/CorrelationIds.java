package fr.pes21.base.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one rule for correlation ids, the gateway's and the services': an id a caller sends
 * is kept only if it is harmless in headers and log lines; otherwise, or without one, a
 * new one is made. Gateway and services apply the same rule, so an id the gateway kept is
 * never replaced further on.
 */
public final class CorrelationIds {

	/** The MDC key every log line of a request carries it under. */
	public static final String MDC_KEY = "correlationId";

	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	private CorrelationIds() {
	}

	/** Whether a received id is kept as it is. */
	public static boolean acceptable(String received) {
		return received != null && ACCEPTABLE.matcher(received).matches();
	}

	/** The received id if acceptable, else a new one. */
	public static String accept(String received) {
		return acceptable(received) ? received : UUID.randomUUID().toString();
	}

}
