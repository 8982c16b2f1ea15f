package fr.pes21.platform.observability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The defaults every service shares beyond those it shares with the gateway
 * ({@code platform-base}'s {@code SuiteDefaults}: Actuator, metrics, tracing, logs, the
 * request size limit, the API documents' writer), so that each service's
 * {@code application.yaml} holds only what is its own. They have the lowest precedence: a
 * service, a profile or an environment variable overrides any of them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

	static final Map<String, Object> DEFAULTS = defaults();

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources().addLast(new MapPropertySource("pes21PlatformDefaults", DEFAULTS));
	}

	private static Map<String, Object> defaults() {
		Map<String, Object> defaults = new LinkedHashMap<>();
		// Readiness = MongoDB and Kafka answer.
		defaults.put("management.endpoint.health.show-components", "always");
		defaults.put("management.health.mongodb.enabled", "false");
		defaults.put("management.endpoint.health.group.readiness.include", "readinessState,mongoPing,kafka");
		defaults.put("management.info.env.enabled", "true");
		// Webhook attempts as a histogram, like the projection delay (reporting-service
		// registers its own): latency percentiles per outcome come from
		// histogram_quantile in Prometheus (client-side percentiles are not exported
		// beside a histogram).
		defaults.put("management.metrics.distribution.percentiles-histogram.pes21.webhook.attempts", "true");
		// Web: Location headers follow the gateway's X-Forwarded-* headers; errors as
		// problem details (by ProblemDetailsAdvice;
		// Boot's own problem-details handler stays off so that ours is the only one).
		defaults.put("server.forward-headers-strategy", "framework");
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
		// API documentation (springdoc, fr.pes21.platform.apidocs, docs/decisions/0011),
		// beyond the writer settings of SuiteDefaults: ?page=&size= as query parameters.
		defaults.put("springdoc.default-flat-param-object", "true");
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

}
