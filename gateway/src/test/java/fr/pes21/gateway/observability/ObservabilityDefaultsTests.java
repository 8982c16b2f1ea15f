package fr.pes21.gateway.observability;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ObservabilityDefaultsTests {

	@Test
	void logsInEcsJsonOutsideTheLocalProfile() {
		StandardEnvironment environment = environment(Map.of());
		environment.setActiveProfiles("k8s");

		new ObservabilityDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
	}

	@Test
	void logsTextForAPersonInTheLocalProfile() {
		StandardEnvironment environment = environment(Map.of());
		environment.setActiveProfiles("local");

		new ObservabilityDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("logging.structured.format.console")).isNull();
	}

	@Test
	void exportsNoSpanWhileTheEndpointIsEmpty() {
		// As application.yaml reads it when PES21_TRACING_ENDPOINT is not set.
		StandardEnvironment environment = environment(
				Map.of("management.opentelemetry.tracing.export.otlp.endpoint", ""));

		new ObservabilityDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("management.tracing.export.otlp.enabled")).isEqualTo("false");
	}

	@Test
	void exportsSpansOnceAnEndpointIsSet() {
		StandardEnvironment environment = environment(
				Map.of("management.opentelemetry.tracing.export.otlp.endpoint", "http://tempo:4318/v1/traces"));

		new ObservabilityDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("management.tracing.export.otlp.enabled")).isNull();
	}

	private static StandardEnvironment environment(Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
		return environment;
	}

}
