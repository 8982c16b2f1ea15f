package fr.pes21.platform.outbox;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Keeps one trace from the request that records a fact to its consumers, although the
 * relay publishes later, from another thread: the fact keeps the W3C {@code traceparent}
 * of the request, and the relay publishes it in a span that continues that trace (the
 * Kafka producer's own span, and its {@code traceparent} header, are children of it).
 * Without a tracer, it does nothing.
 */
class OutboxTracing {

	static final String TRACEPARENT = "traceparent";

	private final Tracer tracer;

	private final Propagator propagator;

	OutboxTracing(Tracer tracer, Propagator propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	/** No tracing: facts carry no trace, the relay opens no span. */
	static OutboxTracing none() {
		return new OutboxTracing(null, null);
	}

	/** The {@code traceparent} of the current span, or {@code null} outside any. */
	String currentTraceparent() {
		if (this.tracer == null) {
			return null;
		}
		TraceContext current = this.tracer.currentTraceContext().context();
		if (current == null) {
			return null;
		}
		Map<String, String> carrier = new HashMap<>();
		this.propagator.inject(current, carrier, Map::put);
		return carrier.get(TRACEPARENT);
	}

	/**
	 * Publishes within a span that continues the trace {@code traceparent} names; a fact
	 * recorded outside any trace is published as it is (the producer starts a trace).
	 */
	boolean publishInTrace(String traceparent, String topic, BooleanSupplier publish) {
		if (this.tracer == null || traceparent == null) {
			return publish.getAsBoolean();
		}
		Span span = this.propagator.extract(Map.of(TRACEPARENT, traceparent), Map::get)
			.name("outbox publish")
			.tag("messaging.destination.name", topic)
			.start();
		try (Tracer.SpanInScope scope = this.tracer.withSpan(span)) {
			boolean published = publish.getAsBoolean();
			if (!published) {
				span.event("not accepted by Kafka");
			}
			return published;
		}
		catch (RuntimeException ex) {
			span.error(ex);
			throw ex;
		}
		finally {
			span.end();
		}
	}

}
