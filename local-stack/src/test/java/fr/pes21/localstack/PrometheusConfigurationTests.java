package fr.pes21.localstack;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The local stack's Prometheus configuration, generated from the compose deployment's
 * {@code ops/prometheus/prometheus.yml} of this repository.
 */
class PrometheusConfigurationTests {

	private static final Path REPOSITORY = Path.of(System.getProperty("pes21.root", "..")).toAbsolutePath().normalize();

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	@Test
	void scrapesEveryProcessOfTheStackOnTheLocalPortsItGivesThem(@TempDir Path localDir) {
		StackPorts ports = StackPorts.basedAt(18080).withEnvironment(Map.of("PES21_DLA_PORT", "19999"));
		StackConfig config = StackConfig.forRepository(REPOSITORY, Map.of()).withLocalDir(localDir).withPorts(ports);

		JsonNode local = YAML.readTree(PrometheusConfiguration.forLocalStack(config));

		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("gateway", "localhost:18080");
		expected.put("accompaniment-service", "localhost:18081");
		expected.put("dla-service", "localhost:19999");
		expected.put("territory-service", "localhost:18083");
		expected.put("events-service", "localhost:18084");
		expected.put("reporting-service", "localhost:18085");
		assertThat(targetsByService(local)).isEqualTo(expected);
	}

	@Test
	void keepsTheJobsOfTheComposeConfigurationAndOnlyMovesTheTargets(@TempDir Path localDir) throws IOException {
		StackConfig config = StackConfig.forRepository(REPOSITORY, Map.of())
			.withLocalDir(localDir)
			.withPorts(StackPorts.defaults());
		JsonNode compose = YAML.readTree(Files.readString(config.opsPrometheusConfigFile()));

		JsonNode local = YAML.readTree(PrometheusConfiguration.forLocalStack(config));

		assertThat(local.path("global")).isEqualTo(compose.path("global"));
		assertThat(local.path("scrape_configs").size()).isEqualTo(compose.path("scrape_configs").size());
		for (int i = 0; i < compose.path("scrape_configs").size(); i++) {
			JsonNode composeJob = compose.path("scrape_configs").get(i);
			JsonNode localJob = local.path("scrape_configs").get(i);
			assertThat(localJob.path("job_name")).isEqualTo(composeJob.path("job_name"));
			assertThat(localJob.path("metrics_path").asString()).isEqualTo(PrometheusConfiguration.METRICS_PATH)
				.isEqualTo(composeJob.path("metrics_path").asString());
			assertThat(localJob.path("honor_labels")).isEqualTo(composeJob.path("honor_labels"));
			for (int j = 0; j < composeJob.path("static_configs").size(); j++) {
				assertThat(localJob.path("static_configs").get(j).path("labels"))
					.isEqualTo(composeJob.path("static_configs").get(j).path("labels"));
			}
		}
	}

	@Test
	void scrapesWithThisStacksOwnScrapeToken(@TempDir Path localDir) {
		StackConfig config = StackConfig.forRepository(REPOSITORY, Map.of()).withLocalDir(localDir);

		JsonNode local = YAML.readTree(PrometheusConfiguration.forLocalStack(config));

		assertThat(local.path("scrape_configs")).isNotEmpty().allSatisfy((job) -> {
			assertThat(job.path("authorization").path("type").asString()).isEqualTo("Bearer");
			assertThat(job.path("authorization").path("credentials_file").asString())
				.isEqualTo(localDir.resolve("metrics-token").toString());
		});
	}

	@Test
	void readsTheAlertingRulesOfOpsWhereverTheStackRuns(@TempDir Path localDir) throws IOException {
		StackConfig config = StackConfig.forRepository(REPOSITORY, Map.of()).withLocalDir(localDir);

		JsonNode local = YAML.readTree(PrometheusConfiguration.forLocalStack(config));

		List<Path> ruleFiles = new ArrayList<>();
		for (JsonNode pattern : local.path("rule_files")) {
			Path glob = Path.of(pattern.asString());
			assertThat(glob).isAbsolute().startsWithRaw(REPOSITORY.resolve("ops/prometheus"));
			PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
			try (Stream<Path> files = Files.list(glob.getParent())) {
				files.filter(matcher::matches).forEach(ruleFiles::add);
			}
		}
		assertThat(ruleFiles).contains(REPOSITORY.resolve("ops/prometheus/rules/pes21-alerts.yml"));
	}

	@Test
	void refusesAComposeTargetTheLocalStackDoesNotRun(@TempDir Path repository) throws IOException {
		Path ops = Files.createDirectories(repository.resolve("ops/prometheus"));
		Files.writeString(ops.resolve("prometheus.yml"), """
				scrape_configs:
				  - job_name: pes21
				    static_configs:
				      - targets: ['gateway:8080', 'kafka-exporter:9308']
				""");
		StackConfig config = StackConfig.forRepository(repository, Map.of());

		assertThatExceptionOfType(StackRefused.class).isThrownBy(() -> PrometheusConfiguration.forLocalStack(config))
			.withMessageContaining("scrapes kafka-exporter:9308, which the local stack does not run");
	}

	@Test
	void writesTheConfigurationUnderTheLocalDirectorySayingWhereItComesFrom(@TempDir Path localDir) throws IOException {
		StackConfig config = StackConfig.forRepository(REPOSITORY, Map.of()).withLocalDir(localDir);

		Path written = PrometheusConfiguration.write(config);

		assertThat(written).isEqualTo(localDir.resolve("prometheus/prometheus.yml"));
		assertThat(Files.readString(written)).startsWith(
				"# Generated by ./pes21 up --with-prometheus from ops/prometheus/prometheus.yml at each start:");
	}

	private static Map<String, String> targetsByService(JsonNode configuration) {
		Map<String, String> targets = new LinkedHashMap<>();
		for (JsonNode job : configuration.path("scrape_configs")) {
			for (JsonNode staticConfig : job.path("static_configs")) {
				for (JsonNode target : staticConfig.path("targets")) {
					targets.put(staticConfig.path("labels").path("service").asString(), target.asString());
				}
			}
		}
		return targets;
	}

}
