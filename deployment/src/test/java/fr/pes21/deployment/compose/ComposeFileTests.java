package fr.pes21.deployment.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.pes21.deployment.Suite;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml, which no Docker engine here can run, agrees with what each module
 * says it needs: a service added to the build without its compose entry, a variable
 * renamed on one side only, a topic nobody creates fail here. Each problem listed says
 * what to add where.
 */
class ComposeFileTests {

	private final Path root = Suite.root();

	private final ComposeCheck check = new ComposeCheck(ComposeCheck.read(this.root.resolve("docker-compose.yml")),
			this.root, Suite.services());

	@Test
	void followsTheComposeSpecification() {
		assertThat(this.check.schema()).isEmpty();
	}

	@Test
	void runsEveryServiceAndTheGatewayBuiltFromItsModule() {
		assertThat(this.check.missingServices()).isEmpty();
	}

	@Test
	void checksEachOnesReadinessOnItsOwnPort() {
		assertThat(this.check.healthChecks()).isEmpty();
	}

	@Test
	void givesEachTheVariablesItReadsAndNoOther() {
		assertThat(this.check.environments()).isEmpty();
	}

	@Test
	void startsEachAfterWhatItConnectsToIsHealthy() {
		assertThat(this.check.startOrder()).isEmpty();
	}

	@Test
	void limitsTheMemoryOfEveryContainer() {
		assertThat(this.check.memoryLimits()).isEmpty();
	}

	@Test
	void takesSecretsFromDotEnvOnlyAndDocumentsEveryVariableInTheExample() {
		assertThat(this.check.environmentFile(ComposeCheck.envFile(this.root.resolve(".env.example")))).isEmpty();
	}

	@Test
	void createsEveryTopicAndItsDeadLetterTopic() {
		List<String> topics = Stream.concat(Suite.topics().stream(), Suite.deadLetterTopics().stream()).toList();
		assertThat(this.check.topics(topics)).isEmpty();
	}

	@Test
	void givesEachServiceItsOwnDatabaseOnTheReplicaSet() {
		assertThat(this.check.databases()).isEmpty();
	}

	@Test
	void logsEachServiceInToMongoDbAsItsOwnUser() {
		assertThat(this.check.databaseUsers()).isEmpty();
	}

	@Test
	void keepsKafkaAndMongoDbUnreachableFromOutsideTheirInternalNetwork() {
		assertThat(this.check.networks()).isEmpty();
	}

	@Test
	void publishesOnlyTheGatewayAndTheOperationsUis() {
		assertThat(this.check.publishedPorts()).isEmpty();
	}

	@Test
	void scrapesEveryServiceWithTheMountedPrometheusConfiguration() {
		assertThat(this.check.prometheusTargets()).isEmpty();
	}

	@Test
	void letsOnlyPrometheusReadTheMetricsWithTheScrapeToken() {
		assertThat(this.check.metricsCredential()).isEmpty();
	}

	@Test
	void mountsGrafanasDashboardsWhereItsProvisioningLooks() {
		assertThat(this.check.grafanaProvisioning()).isEmpty();
	}

	@Test
	void findsEveryFileItTakesFromTheRepository() {
		assertThat(this.check.repositoryFiles()).isEmpty();
	}

	@Test
	void pinsImagesAndRunsTheKafkaReleaseTheClientsAreBuiltWith() throws IOException {
		Matcher version = Pattern.compile("<kafka.version>([^<]+)</kafka.version>")
			.matcher(Files.readString(this.root.resolve("pom.xml")));
		assertThat(version.find()).as("kafka.version in the root pom.xml").isTrue();
		assertThat(this.check.images(version.group(1))).isEmpty();
	}

}
