package fr.pes21.reporting.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import fr.pes21.contracts.Withdrawal;
import fr.pes21.contracts.territory.InitiativeStage;
import fr.pes21.contracts.territory.MilestoneKind;
import fr.pes21.reporting.facts.InMemoryFacts;
import fr.pes21.reporting.report.Figures;
import fr.pes21.reporting.territory.TerritoryDataset.Initiative;
import fr.pes21.reporting.territory.TerritoryDataset.Milestone;
import fr.pes21.reporting.territory.TerritoryDataset.Recorded;
import fr.pes21.reporting.territory.TerritoryDataset.Territory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dataset on its own, without infrastructure: its facts stored as the projection
 * stores them (first arrival wins, a withdrawal marks the fact) and counted with the
 * rules. {@code Territory2024ScenarioIntegrationTests} proves the same through Kafka and
 * MongoDB.
 */
class TerritoryDatasetTests {

	private final TerritoryDataset dataset = TerritoryDataset.read(TerritoryDataset.TERRITORY_2024);

	@Test
	void countsLaBoucleIn2024AsTheActivityReportTellsIt() {
		assertThat(territory(count(2024, this.dataset.facts()))).containsExactly(1L, 1L, 5L, 1L);
	}

	@Test
	void countsTheTerritoryAccompaniedIn2023ForTheFoundingAssemblyAlone() {
		assertThat(territory(count(2023, this.dataset.facts()))).containsExactly(1L, 0L, 0L, 0L);
	}

	@Test
	void countsTheSameWhenEveryFactIsDeliveredTwice() {
		List<Recorded> twice = new ArrayList<>(this.dataset.facts());
		twice.addAll(this.dataset.facts());

		assertThat(territory(count(2024, twice))).containsExactly(1L, 1L, 5L, 1L);
	}

	@Test
	void withdrawsAStageChangeAndASteeringMeeting() {
		assertThat(this.dataset.facts()).map(Recorded::fact)
			.filteredOn(Withdrawal.class::isInstance)
			.map((fact) -> fact.getClass().getSimpleName())
			.containsExactlyInAnyOrder("InitiativeStageChangeWithdrawn", "SteeringMeetingWithdrawn");
	}

	@Test
	void keepsLaBoucleAsTheActivityReportTellsIt() {
		Territory territory = this.dataset.territories().getFirst();
		Initiative boucle = territory.initiatives().getFirst();

		assertThat(territory.name()).isEqualTo("Communauté de communes Ouche et Montagne");
		assertThat(territory.kind()).hasToString("EPCI");
		assertThat(territory.department()).isEqualTo("21");
		assertThat(boucle.name()).contains("La Boucle");
		assertThat(milestone(boucle, MilestoneKind.FOUNDING_ASSEMBLY)).isEqualTo("2023-12-02");
		assertThat(milestone(boucle, MilestoneKind.OPENING)).hasYear(2024).hasMonthValue(6);
		assertThat(milestone(boucle, MilestoneKind.INAUGURATION)).isEqualTo("2024-10-19");
		assertThat(boucle.milestones()).map(Milestone::kind)
			.contains(MilestoneKind.STATUTES, MilestoneKind.APPROVAL, MilestoneKind.PREMISES, MilestoneKind.FUNDING,
					MilestoneKind.FIRST_HIRE);
		assertThat(boucle.meetings()).filteredOn((meeting) -> !meeting.withdrawn())
			.map(TerritoryDataset.Meeting::date)
			.map(LocalDate::toString)
			.containsExactly("2024-01-25", "2024-04-24", "2024-05-27", "2024-07-02", "2024-09-17");
		assertThat(boucle.stages()).filteredOn((stage) -> !stage.withdrawn())
			.map(TerritoryDataset.StageChange::stage)
			.containsExactly(InitiativeStage.FEASIBILITY, InitiativeStage.CREATION, InitiativeStage.LAUNCHED);
		assertThat(boucle.stages().getLast().date()).isEqualTo(milestone(boucle, MilestoneKind.OPENING));
		assertThat(boucle.stages().getLast().jobs()).isEqualTo(1);
	}

	private static LocalDate milestone(Initiative initiative, MilestoneKind kind) {
		return initiative.milestones()
			.stream()
			.filter((milestone) -> milestone.kind() == kind)
			.findFirst()
			.orElseThrow()
			.date();
	}

	/** The facts stored as {@link TerritoryReadModel} stores them, then counted. */
	private static Figures count(int year, List<Recorded> facts) {
		Collection<TerritoryRow> stored = InMemoryFacts.store(facts.stream().map(Recorded::fact).toList(),
				TerritoryRow::of, (first) -> new TerritoryRow(first.kind(), first.territoryId(), first.initiativeId(),
						first.stage(), first.jobs(), first.occurredOn(), true));
		Figures figures = new Figures();
		TerritoryCounting.count(year, stored, figures);
		return figures;
	}

	/** The four territory figures in the report's order. */
	private static List<Long> territory(Figures figures) {
		return figures.asMap()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith("territory."))
			.map(Map.Entry::getValue)
			.toList();
	}

}
