package fr.pes21.gateway.observability;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.env.PropertySource;
import org.springframework.util.StringUtils;

/**
 * What the gateway's {@code application.yaml} cannot say, the same as the services'
 * platform defaults: logs in ECS JSON outside the {@code local} profile (tests keep text
 * through {@code logback-test.xml}), and no span export while
 * {@code PES21_TRACING_ENDPOINT} is empty.
 */
public class ObservabilityDefaults implements EnvironmentPostProcessor {

	static final String TRACING_ENDPOINT = "management.opentelemetry.tracing.export.otlp.endpoint";

	static final String TRACING_EXPORT_ENABLED = "management.tracing.export.otlp.enabled";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources().addLast(new TracingExportSwitch(environment));
		if (!environment.matchesProfiles("local")) {
			// ECS: a published schema that Loki and Elasticsearch read as it is; the MDC
			// (correlationId, traceId, spanId) comes as top-level fields.
			environment.getPropertySources()
				.addLast(new MapPropertySource("pes21StructuredLogs",
						Map.of("logging.structured.format.console", "ecs")));
		}
	}

	/**
	 * Turns span export off while no endpoint is set (Boot would build an exporter for
	 * the empty endpoint, and fail). Its source is not the environment, which Boot would
	 * expand into its property sources, this one included, without end.
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
