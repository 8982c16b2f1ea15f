package fr.pes21.deployment;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The reference the deployment checks use reads the modules as they are. */
class SuiteTests {

	@Test
	void findsEveryServiceAndTheGatewayWithTheirPortsFromTheirOwnConfiguration() {
		List<SuiteService> services = Suite.services();
		assertThat(services).extracting(SuiteService::name, SuiteService::port)
			.contains(tuple("gateway", 8080), tuple("accompaniment-service", 8081), tuple("reporting-service", 8085));
		assertThat(services).extracting(SuiteService::name).doesNotContain("local-stack", "platform");
	}

	@Test
	void requiresTheVariablesWithoutAUsableDefault() {
		SuiteService dla = Suite.services()
			.stream()
			.filter((s) -> s.name().equals("dla-service"))
			.findFirst()
			.orElseThrow();
		assertThat(dla.requiredVariables())
			.contains("KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URI", "PES21_JWT_SECRET", "PES21_WEBHOOK_SECRET_KEY")
			.doesNotContain("SERVER_PORT");
	}

	@Test
	void listsTheContractsTopicsAndTheirDeadLetters() {
		assertThat(Suite.topics()).contains("pes21.dla.events", "pes21.events.events").hasSize(4);
		assertThat(Suite.deadLetterTopics()).contains("pes21.dla.events.dlq");
	}

	@Test
	void readsTheTopicsEachServiceConsumesFromItsInputBindings() {
		assertThat(Suite.services()).filteredOn((service) -> service.name().equals("reporting-service"))
			.singleElement()
			.extracting(SuiteService::consumedTopics)
			.isEqualTo(Set.copyOf(Suite.topics()));
		assertThat(Suite.services()).filteredOn((service) -> service.name().equals("dla-service"))
			.singleElement()
			.extracting(SuiteService::consumedTopics)
			.isEqualTo(Set.of("pes21.dla.events"));
		assertThat(Suite.services()).filteredOn(SuiteService::isGateway)
			.singleElement()
			.extracting(SuiteService::consumedTopics)
			.isEqualTo(Set.of());
	}

}
