package fr.pes21.platform.web;

import java.io.IOException;

import fr.pes21.base.web.CorrelationIds;
import fr.pes21.base.web.SuiteHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Carries the {@code X-Correlation-Id} the gateway set (or a new one) into every log line
 * of the request (MDC key {@code correlationId}) and back to the caller. The id is kept
 * by the rule the gateway applies ({@link CorrelationIds}), so the gateway's id is the
 * service's.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

	public static final String HEADER = SuiteHeaders.CORRELATION_ID;

	public static final String MDC_KEY = CorrelationIds.MDC_KEY;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String correlationId = CorrelationIds.accept(request.getHeader(HEADER));
		MDC.put(MDC_KEY, correlationId);
		response.setHeader(HEADER, correlationId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

}
