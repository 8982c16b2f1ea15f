package fr.pes21.gateway.correlation;

import fr.pes21.base.web.CorrelationIds;
import io.micrometer.context.ThreadLocalAccessor;
import org.slf4j.MDC;

/**
 * Puts the correlation id a request carries in its Reactor context into the MDC (key
 * {@value #KEY}) of whichever thread runs that request's code, so that each of its log
 * lines names it. Found by Micrometer's context propagation (ServiceLoader), which
 * Reactor applies on every operator ({@code spring.reactor.context-propagation=auto}).
 */
public final class CorrelationIdInLogs implements ThreadLocalAccessor<String> {

	/** The MDC key, the same as the services'. */
	public static final String KEY = CorrelationIds.MDC_KEY;

	@Override
	public Object key() {
		return KEY;
	}

	@Override
	public String getValue() {
		return MDC.get(KEY);
	}

	@Override
	public void setValue(String value) {
		MDC.put(KEY, value);
	}

	@Override
	public void setValue() {
		MDC.remove(KEY);
	}

}
