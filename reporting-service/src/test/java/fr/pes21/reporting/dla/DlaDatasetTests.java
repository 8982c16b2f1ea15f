package fr.pes21.reporting.dla;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

import fr.pes21.contracts.Withdrawal;
import fr.pes21.contracts.dla.DiagnosticCompleted;
import fr.pes21.contracts.dla.DiagnosticCompletedV1;
import fr.pes21.contracts.dla.DlaFact;
import fr.pes21.contracts.dla.StructureWelcomed;
import fr.pes21.reporting.dla.DlaDataset.Engineering;
import fr.pes21.reporting.dla.DlaDataset.Recorded;
import fr.pes21.reporting.dla.DlaDataset.Structure;
import org.junit.jupiter.api.Test;

import static fr.pes21.reporting.dla.DlaDataset.count;
import static fr.pes21.reporting.dla.DlaDataset.dlaColumn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dataset on its own, without infrastructure: its facts stored as the projection
 * stores them (first arrival wins, a withdrawal marks the fact) and counted with the
 * rules. {@code Dla2024ReportIntegrationTests} proves the same through Kafka and MongoDB.
 */
class DlaDatasetTests {

	private final DlaDataset dataset = DlaDataset.read(DlaDataset.DLA_2024);

	@Test
	void reproducesThe2024DlaColumnOfTheActivityReport() {
		assertThat(dlaColumn(count(2024, this.dataset.facts()))).containsExactly(28L, 46L, 14L, 15L, 3L, 17L, 15L);
	}

	@Test
	void countsThe2023And2025PathwaysInTheirOwnYears() {
		assertThat(dlaColumn(count(2023, this.dataset.facts()))).containsExactly(30L, 27L, 27L, 15L, 1L, 3L, 2L);
		assertThat(dlaColumn(count(2025, this.dataset.facts()))).containsExactly(3L, 17L, 5L, 4L, 1L, 4L, 5L);
	}

	@Test
	void countsTheSameWhenEveryFactIsDeliveredTwice() {
		List<Recorded> twice = new ArrayList<>(this.dataset.facts());
		twice.addAll(this.dataset.facts());

		assertThat(dlaColumn(count(2024, twice))).containsExactly(28L, 46L, 14L, 15L, 3L, 17L, 15L);
	}

	@Test
	void mixesBothVersionsOfDiagnosticCompletedInTheYearOfTheActivityReport() {
		List<DlaFact> completions2024 = this.dataset.facts()
			.stream()
			.map(Recorded::fact)
			.filter((fact) -> fact.occurredOn().getYear() == 2024)
			.filter((fact) -> fact instanceof DiagnosticCompletedV1 || fact instanceof DiagnosticCompleted)
			.toList();

		assertThat(completions2024).hasAtLeastOneElementOfType(DiagnosticCompletedV1.class)
			.hasAtLeastOneElementOfType(DiagnosticCompleted.class);
	}

	@Test
	void countsAStructureThatCameBackInBothYearsItWasWelcomed() {
		Structure comptoir = this.dataset.structuresByRef().get("comptoir-des-possibles");
		List<Recorded> others = this.dataset.facts()
			.stream()
			.filter((recorded) -> !(recorded.fact() instanceof StructureWelcomed welcomed
					&& welcomed.structureId().equals(DlaDataset.structureId(comptoir.ref()))))
			.toList();

		assertThat(comptoir.welcomes()).extracting((welcome) -> welcome.date().getYear()).containsExactly(2023, 2024);
		assertThat(count(2023, this.dataset.facts()).get("dla.structuresWelcomed"))
			.isEqualTo(count(2023, others).get("dla.structuresWelcomed") + 1);
		assertThat(count(2024, this.dataset.facts()).get("dla.structuresWelcomed"))
			.isEqualTo(count(2024, others).get("dla.structuresWelcomed") + 1);
	}

	@Test
	void withdrawsAWelcomeADiagnosticAFollowUpBothKindsOfEngineeringAndAParticipant() {
		assertThat(this.dataset.facts()).map(Recorded::fact)
			.filteredOn(Withdrawal.class::isInstance)
			.map((fact) -> fact.getClass().getSimpleName())
			.contains("StructureWelcomeWithdrawn", "DiagnosticCompletionWithdrawn", "PostEngineeringFollowUpWithdrawn",
					"IndividualEngineeringWithdrawn", "CollectiveEngineeringWithdrawn",
					"CollectiveEngineeringParticipantWithdrawn");
	}

	@Test
	void keepsThePathwayOfLeCriDeLaPlumeAsTheActivityReportTellsIt() {
		Structure cri = this.dataset.structuresByRef().get("cri-de-la-plume");
		Engineering individual = engineeringsOf("cri-de-la-plume").stream()
			.filter((engineering) -> !engineering.collective())
			.findFirst()
			.orElseThrow();
		Engineering collective = engineeringsOf("cri-de-la-plume").stream()
			.filter(Engineering::collective)
			.findFirst()
			.orElseThrow();

		assertThat(cri.name()).isEqualTo("Le Cri de la Plume");
		assertThat(cri.welcomes()).singleElement()
			.satisfies((welcome) -> assertThat(welcome.date()).hasYear(2023).hasMonth(Month.MARCH));
		assertThat(cri.diagnostics()).singleElement()
			.satisfies((diagnostic) -> assertThat(diagnostic.completedOn()).isBefore(individual.startedOn()));
		assertThat(individual.days()).isEqualTo(5);
		assertThat(individual.startedOn()).isBetween(LocalDate.parse("2023-10-01"), LocalDate.parse("2023-12-31"));
		assertThat(individual.completedOn()).isEqualTo("2024-01-15");
		assertThat(cri.followUps()).hasSize(6).allSatisfy((followUp) -> assertThat(followUp.date()).hasYear(2024));
		assertThat(collective.topic()).isEqualTo("Définir une stratégie commerciale, éthique et solidaire");
		assertThat(collective.consultant()).isEqualTo("Cabinet 3ème Élément");
		assertThat(collective.startedOn().getMonth()).isIn(Month.JUNE, Month.JULY, Month.AUGUST);
		assertThat(collective.startedOn()).hasYear(2024);
	}

	@Test
	void addsAParticipantToACollectiveEngineeringOfTheYearBeforeAndCountsItInTheEngineeringsYear() {
		Engineering employer = this.dataset.engineerings()
			.stream()
			.filter((engineering) -> engineering.ref().equals("fonction-employeur-2024"))
			.findFirst()
			.orElseThrow();

		assertThat(employer.startedOn()).hasYear(2024);
		assertThat(employer.participantsAdded()).singleElement()
			.satisfies((added) -> assertThat(added.joinedOn()).hasYear(2025));
	}

	private List<Engineering> engineeringsOf(String structureRef) {
		return this.dataset.engineerings()
			.stream()
			.filter((engineering) -> engineering.structureRefs().contains(structureRef))
			.toList();
	}

}
