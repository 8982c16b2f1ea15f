package fr.pes21.reporting.dla;

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
 * The 2024 DLA column of the activity report, reproduced by the whole service on a real
 * Kafka broker and MongoDB wire server from the 2023–2025 pathways of
 * {@code datasets/dla-2024.json}, published as the DLA service publishes its facts. The
 * DLA figures of 2023–2025 belong to this test: no other test of this module publishes
 * DLA facts of those years.
 */
@WithRealInfrastructure
@SpringBootTest
@AutoConfigureMockMvc
class Dla2024ReportIntegrationTests {

	private static final Duration DEADLINE = Duration.ofSeconds(60);

	@Autowired
	private MockMvcTester mvc;

	private final FactPublisher publisher = new FactPublisher();

	@AfterEach
	void closePublisher() {
		this.publisher.close();
	}

	@Test
	void reproducesThe2024DlaColumnOfTheActivityReportFromTheDatasetDeliveredTwice() {
		// Given the pathways of the dataset, withdrawals included, as the DLA service
		// publishes them
		List<ProducerRecord<String, byte[]>> records = DlaDataset.read(DlaDataset.DLA_2024)
			.facts()
			.stream()
			.map((recorded) -> FactPublisher.record(recorded.fact(), "dla-service", recorded.recordedAt()))
			.toList();
		Map<String, Long> column2024 = dlaColumn(28, 46, 14, 15, 3, 17, 15);

		// When every record is delivered twice, the facts again after their withdrawals
		records.forEach(this.publisher::publish);
		records.forEach(this.publisher::publish);

		// Then the report shows the 2024 column of the activity report, and keeps showing
		// it once everything is consumed
		await().atMost(DEADLINE).untilAsserted(() -> assertThat(dla(2024)).isEqualTo(column2024));
		FactPublisher.awaitEverythingConsumed(Topics.DLA, DEADLINE);
		assertThat(dla(2024)).isEqualTo(column2024);
		// and counts 2023 and 2025 in their own years: the participant added in January
		// 2025 to an engineering of November 2024 is not among the 2025 beneficiaries
		assertThat(dla(2023)).containsEntry("dla.structuresWelcomed", 30L)
			.containsEntry("dla.individualDiagnostics", 27L);
		assertThat(dla(2025)).containsEntry("dla.collectiveEngineerings", 1L)
			.containsEntry("dla.collectiveEngineeringBeneficiaries", 4L)
			.containsEntry("dla.beneficiaryStructures", 17L);
	}

	private Map<String, Long> dla(int year) {
		return Reports.indicators(this.mvc, year, "dla");
	}

	private static Map<String, Long> dlaColumn(long structuresWelcomed, long beneficiaryStructures,
			long individualDiagnostics, long individualEngineerings, long collectiveEngineerings,
			long collectiveEngineeringBeneficiaries, long postEngineeringFollowUps) {
		Map<String, Long> column = new LinkedHashMap<>();
		column.put("dla.structuresWelcomed", structuresWelcomed);
		column.put("dla.beneficiaryStructures", beneficiaryStructures);
		column.put("dla.individualDiagnostics", individualDiagnostics);
		column.put("dla.individualEngineerings", individualEngineerings);
		column.put("dla.collectiveEngineerings", collectiveEngineerings);
		column.put("dla.collectiveEngineeringBeneficiaries", collectiveEngineeringBeneficiaries);
		column.put("dla.postEngineeringFollowUps", postEngineeringFollowUps);
		return column;
	}

}
