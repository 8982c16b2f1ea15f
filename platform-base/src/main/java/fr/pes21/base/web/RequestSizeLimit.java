package fr.pes21.base.web;

/**
 * The largest request body the gateway and every service take: {@value #PROPERTY}
 * ({@code PES21_MAX_REQUEST_SIZE}), {@value #DEFAULT} unless set. Over it, a {@code 413}
 * problem of kind {@code payload-too-large} saying this {@link #detail}.
 */
public final class RequestSizeLimit {

	public static final String PROPERTY = "pes21.max-request-size";

	public static final String DEFAULT = "1MB";

	private RequestSizeLimit() {
	}

	/** The detail of the {@code 413} answer. */
	public static String detail(long limitBytes) {
		return "The request body is larger than the limit of " + limitBytes + " bytes";
	}

}
