package fr.pes21.gateway.correlation;

import fr.pes21.base.web.SuiteHeaders;

import org.springframework.web.server.ServerWebExchange;

/**
 * The correlation id of a request: read from or added to {@code X-Correlation-Id},
 * forwarded to the service and echoed in the response.
 */
public final class CorrelationId {

	public static final String HEADER = SuiteHeaders.CORRELATION_ID;

	/**
	 * Exchange attribute: shared by every mutated copy of the exchange, unlike its
	 * headers.
	 */
	static final String ATTRIBUTE = CorrelationId.class.getName();

	private CorrelationId() {
	}

	/** The correlation id of this exchange, or {@code null} before the filter ran. */
	public static String of(ServerWebExchange exchange) {
		return exchange.getAttribute(ATTRIBUTE);
	}

}
