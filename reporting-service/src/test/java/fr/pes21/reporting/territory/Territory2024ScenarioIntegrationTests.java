package fr.pes21.reporting.territory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.pes21.contracts.Topics;
import fr.pes21.reporting.FactPublisher;
import fr.pes21.reporting.Reports;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Générateur BFC figures of the La Boucle scenario (docs/domain.md worked example),
 * reproduced by the whole service on a real Kafka broker and MongoDB wire server from
 * {@code datasets/territory-2024.json}, published as the territory service publishes its
 * facts. The territory figures of 2023 and 2024 belong to this test: no other test of
 * this module publishes territory facts of those years.
 */
@WithRealInfrastructure
@SpringBootTest
@AutoConfigureMockMvc
class Territory2024ScenarioIntegrationTests {

	private static final Duration DEADLINE = Duration.ofSeconds(60);

	@Autowired
	private MockMvcTester mvc;

	private final FactPublisher publisher = new FactPublisher();

	@AfterEach
	void closePublisher() {
		this.publisher.close();
	}

	@Test
	void countsLaBoucleFromItsFoundingAssemblyToItsInaugurationWithTheScenarioDeliveredTwice() {
		// Given La Boucle's pathway, a corrected stage and a meeting entered twice
		// included, as the territory service publishes it
		List<ProducerRecord<String, byte[]>> records = TerritoryDataset.read(TerritoryDataset.TERRITORY_2024)
			.facts()
			.stream()
			.map((recorded) -> FactPublisher.record(recorded.fact(), "territory-service", recorded.recordedAt()))
			.toList();

		// When every record is delivered twice, the facts again after their withdrawals
		records.forEach(this.publisher::publish);
		records.forEach(this.publisher::publish);

		// Then 2024 counts the territory, the launch in June with its job and the five
		// steering meetings, and keeps counting them once everything is consumed
		Map<String, Long> year2024 = territoryFigures(1, 1, 5, 1);
		await().atMost(DEADLINE).untilAsserted(() -> assertThat(territory(2024)).isEqualTo(year2024));
		FactPublisher.awaitEverythingConsumed(Topics.TERRITORY, DEADLINE);
		assertThat(territory(2024)).isEqualTo(year2024);
		// and 2023 counts the territory for the founding general assembly of 2 December
		assertThat(territory(2023)).isEqualTo(territoryFigures(1, 0, 0, 0));
	}

	private Map<String, Long> territory(int year) {
		return Reports.indicators(this.mvc, year, "territory");
	}

	private static Map<String, Long> territoryFigures(long territoriesAccompanied, long initiativesLaunched,
			long steeringMeetings, long jobsCreated) {
		Map<String, Long> figures = new LinkedHashMap<>();
		figures.put("territory.territoriesAccompanied", territoriesAccompanied);
		figures.put("territory.initiativesLaunched", initiativesLaunched);
		figures.put("territory.steeringMeetings", steeringMeetings);
		figures.put("territory.jobsCreated", jobsCreated);
		return figures;
	}

}
