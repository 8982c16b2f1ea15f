package fr.pes21.platform.observability;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The defaults every service shares, so that each service's {@code application.yaml}
 * holds only what is its own. They have the lowest precedence: a service, a profile or an
 * environment variable overrides any of them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

	static final Map<String, Object> DEFAULTS = defaults();

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources().addLast(new MapPropertySource("pes21PlatformDefaults", DEFAULTS));
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
		// Web: Location headers follow the gateway's X-Forwarded-* headers; errors as
		// problem details (by ProblemDetailsAdvice;
		// Boot's own problem-details handler stays off so that ours is the only one).
		defaults.put("server.forward-headers-strategy", "framework");
		defaults.put("pes21.max-request-size", "1MB");
		// At DEBUG this logger writes the rejected value of an invalid field, and a
		// mistyped e-mail address is still personal data: it stays at INFO even when
		// org.springframework.web is turned up.
		defaults.put(
				"logging.level.org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver",
				"INFO");
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
		return defaults;
	}

}
