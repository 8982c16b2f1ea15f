package fr.pes21.reporting.dla;

import java.time.Duration;
import java.util.List;

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
 * The DLA pathway rules through the whole service on a real Kafka broker and MongoDB wire
 * server: the facts of {@link DlaPathwayScenario} (both versions of
 * {@code DiagnosticCompleted} among them) published as the DLA service publishes them,
 * each twice. The DLA figures of 2041–2043 belong to this scenario.
 */
@WithRealInfrastructure
@SpringBootTest
@AutoConfigureMockMvc
class DlaPathwayScenarioIntegrationTests {

	private static final Duration DEADLINE = Duration.ofSeconds(60);

	@Autowired
	private MockMvcTester mvc;

	private final FactPublisher publisher = new FactPublisher();

	@AfterEach
	void closePublisher() {
		this.publisher.close();
	}

	@Test
	void showsTheFiguresOfEveryYearOfThePathwaysWithBothVersionsOfACompletionDeliveredTwice() {
		// Given the scenario's facts as the DLA service published them
		List<ProducerRecord<String, byte[]>> records = DlaPathwayScenario.published();

		// When every record is delivered twice
		records.forEach(this.publisher::publish);
		records.forEach(this.publisher::publish);

		// Then the returning structure counts in 2041 and 2042, the participants added
		// later in 2042 (the engineering's start year), the completion recorded again
		// once, the follow-up without a recorded engineering in 2043
		await().atMost(DEADLINE).untilAsserted(() -> assertThat(dla(2042)).isEqualTo(DlaPathwayScenario.COLUMN_2042));
		FactPublisher.awaitEverythingConsumed(Topics.DLA, DEADLINE);
		assertThat(dla(2041)).isEqualTo(DlaPathwayScenario.COLUMN_2041);
		assertThat(dla(2042)).isEqualTo(DlaPathwayScenario.COLUMN_2042);
		assertThat(dla(2043)).isEqualTo(DlaPathwayScenario.COLUMN_2043);
	}

	private List<Long> dla(int year) {
		return List.copyOf(Reports.indicators(this.mvc, year, "dla").values());
	}

}
