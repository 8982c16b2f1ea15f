package fr.pes21.platform.observability;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformDefaultsTests {

	@Test
	void logsInEcsJsonOutsideTheLocalProfile() {
		StandardEnvironment environment = environment(Map.of());
		environment.setActiveProfiles("k8s");

		new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
	}

	@Test
	void logsTextForAPersonInTheLocalProfile() {
		StandardEnvironment environment = environment(Map.of());
		environment.setActiveProfiles("local");

		new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("logging.structured.format.console")).isNull();
	}

	@Test
	void exportsNoSpanWithoutAnEndpointAndSamplesEverythingByDefault() {
		StandardEnvironment environment = environment(Map.of());

		new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("management.opentelemetry.tracing.export.otlp.endpoint")).isEmpty();
		assertThat(environment.getProperty("management.tracing.export.otlp.enabled")).isEqualTo("false");
		assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("1.0");
	}

	@Test
	void exportsSpansToTheEndpointTheEnvironmentNames() {
		StandardEnvironment environment = environment(
				Map.of("PES21_TRACING_ENDPOINT", "http://tempo:4318/v1/traces", "PES21_TRACING_SAMPLING", "0.25"));

		new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("management.opentelemetry.tracing.export.otlp.endpoint"))
			.isEqualTo("http://tempo:4318/v1/traces");
		assertThat(environment.getProperty("management.tracing.export.otlp.enabled")).isNull();
		assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("0.25");
	}

	private static StandardEnvironment environment(Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
		return environment;
	}

}
