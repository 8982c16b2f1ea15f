package fr.pes21.base;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class SuiteDefaultsTests {

	@Test
	void logsInEcsJsonOutsideTheLocalProfile() {
		StandardEnvironment environment = environment(Map.of());
		environment.setActiveProfiles("k8s");

		new SuiteDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
	}

	@Test
	void logsTextForAPersonInTheLocalProfile() {
		StandardEnvironment environment = environment(Map.of());
		environment.setActiveProfiles("local");

		new SuiteDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("logging.structured.format.console")).isNull();
	}

	@Test
	void exportsNoSpanWithoutAnEndpointAndSamplesEverythingByDefault() {
		StandardEnvironment environment = environment(Map.of());

		new SuiteDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("management.opentelemetry.tracing.export.otlp.endpoint")).isEmpty();
		assertThat(environment.getProperty("management.tracing.export.otlp.enabled")).isEqualTo("false");
		assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("1.0");
	}

	@Test
	void exportsNoSpanWhileAnApplicationYamlLeavesTheEndpointEmpty() {
		// As an application.yaml reads it when PES21_TRACING_ENDPOINT is not set.
		StandardEnvironment environment = environment(
				Map.of("management.opentelemetry.tracing.export.otlp.endpoint", ""));

		new SuiteDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("management.tracing.export.otlp.enabled")).isEqualTo("false");
	}

	@Test
	void exportsSpansToTheEndpointTheEnvironmentNames() {
		StandardEnvironment environment = environment(
				Map.of("PES21_TRACING_ENDPOINT", "http://tempo:4318/v1/traces", "PES21_TRACING_SAMPLING", "0.25"));

		new SuiteDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("management.opentelemetry.tracing.export.otlp.endpoint"))
			.isEqualTo("http://tempo:4318/v1/traces");
		assertThat(environment.getProperty("management.tracing.export.otlp.enabled")).isNull();
		assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("0.25");
	}

	@Test
	void putsExemplarsOnHistogramBucketsOnlyForEveryDeployableNotJustTheLocalStack() {
		StandardEnvironment environment = environment(Map.of());

		new SuiteDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty(
				"management.prometheus.metrics.export.properties.io.prometheus.exporter.exemplarsOnAllMetricTypes"))
			.isEqualTo("false");
	}

	@Test
	void readsPrometheusScrapeTokenFromTheEnvironment() {
		StandardEnvironment environment = environment(Map.of("PES21_METRICS_TOKEN", "scrape-me"));

		new SuiteDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("pes21.metrics.token")).isEqualTo("scrape-me");
	}

	@Test
	void givesWayToWhatAnApplicationYamlSays() {
		StandardEnvironment environment = environment(
				Map.of("management.endpoints.web.exposure.include", "health", "pes21.max-request-size", "2MB"));

		new SuiteDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health");
		assertThat(environment.getProperty("pes21.max-request-size")).isEqualTo("2MB");
		assertThat(environment.getProperty("management.endpoint.health.probes.add-additional-paths")).isEqualTo("true");
	}

	private static StandardEnvironment environment(Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
		return environment;
	}

}
