package fr.pes21.platform.observability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.env.PropertySource;
import org.springframework.util.StringUtils;

/**
 * The defaults every service shares, so that each service's {@code application.yaml}
 * holds only what is its own. They have the lowest precedence: a service, a profile or an
 * environment variable overrides any of them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

	static final Map<String, Object> DEFAULTS = defaults();

	/** Where spans go (OTLP over HTTP); empty: nowhere. */
	static final String TRACING_ENDPOINT = "management.opentelemetry.tracing.export.otlp.endpoint";

	static final String TRACING_EXPORT_ENABLED = "management.tracing.export.otlp.enabled";

	static final String STRUCTURED_CONSOLE = "logging.structured.format.console";

	/** The profile of one machine (the local stack): logs stay readable by a person. */
	static final String LOCAL_PROFILE = "local";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources().addLast(new MapPropertySource("pes21PlatformDefaults", DEFAULTS));
		environment.getPropertySources().addLast(new TracingExportSwitch(environment));
		if (!environment.matchesProfiles(LOCAL_PROFILE)) {
			// ECS rather than Logstash: a published schema (Elastic Common Schema) that
			// Loki, Elasticsearch and OpenSearch read as it is, with service.name taken
			// from spring.application.name; the MDC (correlationId, traceId, spanId)
			// comes as top-level fields. Tests keep their text logs: each module's
			// logback-test.xml configures the console itself.
			environment.getPropertySources()
				.addLast(new MapPropertySource("pes21StructuredLogs", Map.of(STRUCTURED_CONSOLE, "ecs")));
		}
	}

	private static Map<String, Object> defaults() {
		Map<String, Object> defaults = new LinkedHashMap<>();
		// Actuator: probes for Kubernetes, Prometheus, readiness = MongoDB and Kafka
		// answer.
		defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus,metrics");
		defaults.put("management.endpoint.health.probes.enabled", "true");
		defaults.put("management.endpoint.health.probes.add-additional-paths", "true");
		defaults.put("management.endpoint.health.show-components", "always");
		defaults.put("management.health.mongodb.enabled", "false");
		defaults.put("management.endpoint.health.group.readiness.include", "readinessState,mongoPing,kafka");
		defaults.put("management.metrics.tags.application", "${spring.application.name}");
		defaults.put("management.metrics.tags.service", "${spring.application.name}");
		defaults.put("management.metrics.distribution.percentiles-histogram.http.server.requests", "true");
		defaults.put("management.info.env.enabled", "true");
		// Webhook attempts as a histogram, like the projection delay (reporting-service
		// registers its own): latency percentiles per outcome come from
		// histogram_quantile in Prometheus (client-side percentiles are not exported
		// beside a histogram).
		defaults.put("management.metrics.distribution.percentiles-histogram.pes21.webhook.attempts", "true");
		// Tracing: spans are always made (trace and span ids in every log line of a
		// request, W3C traceparent on every Kafka record), exported only where
		// PES21_TRACING_ENDPOINT names a collector (see TracingExportSwitch). Each
		// service's application.yaml declares both variables again, where operators
		// look for them.
		defaults.put(TRACING_ENDPOINT, "${PES21_TRACING_ENDPOINT:}");
		defaults.put("management.tracing.sampling.probability", "${PES21_TRACING_SAMPLING:1.0}");
		defaults.put("logging.pattern.correlation", "[%X{correlationId:-},%X{traceId:-},%X{spanId:-}] ");
		// Web: Location headers follow the gateway's X-Forwarded-* headers; errors as
		// problem details (by ProblemDetailsAdvice;
		// Boot's own problem-details handler stays off so that ours is the only one).
		defaults.put("server.forward-headers-strategy", "framework");
		defaults.put("pes21.max-request-size", "1MB");
		// At DEBUG these loggers write what a request carried, and the personal data in
		// it (a name, an e-mail address, even mistyped): the body read or written, the
		// rejected value of an invalid field, the text of an unreadable one. They stay
		// at INFO even when org.springframework.web is turned up
		// (RequestLogsIntegrationTests).
		for (String logger : List.of(
				"org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor",
				"org.springframework.web.servlet.mvc.method.annotation.HttpEntityMethodProcessor",
				"org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver",
				"org.springframework.web.method.HandlerMethod")) {
			defaults.put("logging.level." + logger, "INFO");
		}
		// API documentation (springdoc, fr.pes21.platform.apidocs, docs/decisions/0011):
		// OpenAPI 3.0, keys in order and pretty-printed so that the committed documents
		// in docs/api/ compare exactly; JSON by default; ?page=&size= as query
		// parameters; problem answers from ApiOperations rather than from the advice.
		defaults.put("springdoc.api-docs.version", "openapi-3-0");
		defaults.put("springdoc.writer-with-order-by-keys", "true");
		defaults.put("springdoc.writer-with-default-pretty-printer", "true");
		defaults.put("springdoc.default-produces-media-type", "application/json");
		defaults.put("springdoc.default-consumes-media-type", "application/json");
		defaults.put("springdoc.default-flat-param-object", "true");
		defaults.put("springdoc.override-with-generic-response", "false");
		// MongoDB: @Indexed(unique = true) creates its index.
		defaults.put("spring.data.mongodb.auto-index-creation", "true");
		// Kafka producer of the outbox relay: idempotent, acks=all, synchronous sends
		// that fail fast when the
		// broker is away (the fact then stays in its outbox for the next round).
		defaults.put("spring.cloud.stream.kafka.binder.required-acks", "all");
		defaults.put("spring.cloud.stream.kafka.binder.producer-properties.enable.idempotence", "true");
		defaults.put("spring.cloud.stream.kafka.binder.producer-properties.max.block.ms", "5000");
		defaults.put("spring.cloud.stream.kafka.binder.producer-properties.request.timeout.ms", "5000");
		defaults.put("spring.cloud.stream.kafka.binder.producer-properties.delivery.timeout.ms", "15000");
		defaults.put("spring.cloud.stream.kafka.default.producer.sync", "true");
		defaults.put("spring.cloud.stream.kafka.binder.auto-add-partitions", "true");
		defaults.put("spring.cloud.stream.kafka.binder.min-partition-count", "3");
		// Kafka observation: the producer writes the W3C traceparent into each record's
		// headers, consumers continue the trace (batch consumers once per record, see
		// ObservabilityConfiguration).
		defaults.put("spring.cloud.stream.kafka.binder.enable-observation", "true");
		return defaults;
	}

	/**
	 * Turns span export off while no endpoint is set: Boot would otherwise build an OTLP
	 * exporter for an empty endpoint, and fail. Read at each lookup, so that an endpoint
	 * set late (a test's dynamic property) still counts. Its source is not the
	 * environment itself, which Boot would expand into its property sources, this one
	 * included, without end.
	 */
	static final class TracingExportSwitch extends PropertySource<String> {

		private final PropertyResolver environment;

		TracingExportSwitch(PropertyResolver environment) {
			super("pes21TracingExportSwitch", TRACING_EXPORT_ENABLED);
			this.environment = environment;
		}

		@Override
		public Object getProperty(String name) {
			if (!TRACING_EXPORT_ENABLED.equals(name)) {
				return null;
			}
			return StringUtils.hasText(this.environment.getProperty(TRACING_ENDPOINT)) ? null : "false";
		}

	}

}
