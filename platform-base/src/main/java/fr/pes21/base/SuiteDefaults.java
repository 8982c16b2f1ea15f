package fr.pes21.base;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.pes21.base.security.ScrapeCredential;
import fr.pes21.base.web.CorrelationIds;
import fr.pes21.base.web.RequestSizeLimit;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.env.PropertySource;
import org.springframework.util.StringUtils;

/**
 * The defaults the gateway and every service share, so that each one's
 * {@code application.yaml} holds only what is its own: Actuator's endpoints and probes,
 * metric tags and exemplars, tracing and its export switch, logs (ECS JSON outside the
 * {@code local} profile), the request size limit and the API documents' writer. They have
 * the lowest precedence: an {@code application.yaml}, a profile or an environment
 * variable overrides any of them. Registered in {@code META-INF/spring.factories}.
 */
public class SuiteDefaults implements EnvironmentPostProcessor {

	static final Map<String, Object> DEFAULTS = defaults();

	/** Where spans go (OTLP over HTTP); empty: nowhere. */
	public static final String TRACING_ENDPOINT = "management.opentelemetry.tracing.export.otlp.endpoint";

	static final String TRACING_EXPORT_ENABLED = "management.tracing.export.otlp.enabled";

	static final String STRUCTURED_CONSOLE = "logging.structured.format.console";

	/** The profile of one machine (the local stack): logs stay readable by a person. */
	public static final String LOCAL_PROFILE = "local";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources().addLast(new MapPropertySource("pes21SuiteDefaults", DEFAULTS));
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
		// Actuator: health with the probes for Kubernetes (also at /livez and /readyz),
		// metrics for Prometheus.
		defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus,metrics");
		defaults.put("management.endpoint.health.probes.enabled", "true");
		defaults.put("management.endpoint.health.probes.add-additional-paths", "true");
		defaults.put("management.metrics.tags.application", "${spring.application.name}");
		defaults.put("management.metrics.tags.service", "${spring.application.name}");
		defaults.put("management.metrics.distribution.percentiles-histogram.http.server.requests", "true");
		// Exemplars (trace ids) on histogram buckets and counters only, not on a
		// histogram's _count, where Micrometer adds them by default: Prometheus before
		// 2.43 (Debian's, what the local stack runs) rejects a whole scrape that has one
		// there. Every exemplar Grafana links to a trace is on a bucket.
		defaults.put("management.prometheus.metrics.export.properties.io.prometheus.exporter.exemplarsOnAllMetricTypes",
				"false");
		// Tracing: spans are always made (trace and span ids in every log line of a
		// request, W3C traceparent sent on), exported only where PES21_TRACING_ENDPOINT
		// names a collector (see TracingExportSwitch). Each application.yaml declares
		// both variables again, where operators look for them.
		defaults.put(TRACING_ENDPOINT, "${PES21_TRACING_ENDPOINT:}");
		defaults.put("management.tracing.sampling.probability", "${PES21_TRACING_SAMPLING:1.0}");
		defaults.put("logging.pattern.correlation",
				"[%X{" + CorrelationIds.MDC_KEY + ":-},%X{traceId:-},%X{spanId:-}] ");
		defaults.put(RequestSizeLimit.PROPERTY, RequestSizeLimit.DEFAULT);
		// The metrics answer Prometheus' scrape token only (ScrapeCredential); none set:
		// they answer nobody.
		defaults.put(ScrapeCredential.PROPERTY, "${PES21_METRICS_TOKEN:}");
		// API documents (springdoc, docs/decisions/0011): OpenAPI 3.0, keys in order and
		// pretty-printed so that the committed documents in docs/api/ compare exactly;
		// JSON by default; problem answers from our own descriptions.
		defaults.put("springdoc.api-docs.version", "openapi-3-0");
		defaults.put("springdoc.writer-with-order-by-keys", "true");
		defaults.put("springdoc.writer-with-default-pretty-printer", "true");
		defaults.put("springdoc.default-produces-media-type", "application/json");
		defaults.put("springdoc.default-consumes-media-type", "application/json");
		defaults.put("springdoc.override-with-generic-response", "false");
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
