package fr.pes21.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ops/check-dashboards} against the end-to-end tests' own suite (which runs
 * Prometheus for it): the alerting rules and their tests, the dashboards' JSON, then
 * every panel query and every rule evaluated by a real Prometheus scraping the real suite
 * after some activity. Run here rather than after the build so that CI starts the suite
 * once for both.
 */
@ExtendWith(TheSuite.class)
@ResourceLock(TheSuite.LOCK)
class DashboardsEndToEndTests {

	@Test
	void everyPanelQueryAndEveryAlertingRuleWorksAgainstTheRunningSuite() throws IOException, InterruptedException {
		StackConfig config = TheSuite.config();
		ProcessBuilder builder = new ProcessBuilder(
				List.of("ops/check-dashboards", "--running", TheSuite.localDir().toString()))
			.directory(TheSuite.REPOSITORY.toFile())
			.redirectErrorStream(true);
		Path output = Files.createTempFile("check-dashboards", ".out");
		builder.redirectOutput(output.toFile());
		builder.environment().put("PES21_ADMIN_PASSWORD", TheSuite.ADMIN_PASSWORD);
		builder.environment().put("PES21_GATEWAY_PORT", Integer.toString(config.ports().gateway()));
		builder.environment().put("PES21_KAFKA_PORT", Integer.toString(config.ports().kafka()));
		builder.environment().put("PES21_MONGO_PORT", Integer.toString(config.ports().mongo()));
		builder.environment().put("PES21_PROMETHEUS_PORT", Integer.toString(config.ports().prometheus()));
		config.ports()
			.services()
			.forEach((service, port) -> builder.environment().put(service.portVariable(), Integer.toString(port)));

		Process check = builder.start();
		boolean ended = check.waitFor(6, TimeUnit.MINUTES);
		if (!ended) {
			check.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		String printed = Files.readString(output, StandardCharsets.UTF_8);
		Files.deleteIfExists(output);
		System.out.println(printed);

		assertThat(ended).as("check-dashboards ended within 6 minutes").isTrue();
		assertThat(check.exitValue()).as(printed).isZero();
		assertThat(printed).contains("check-dashboards: passed").containsPattern("\\d+ queries, \\d+ rules, 0 failure");
	}

}
