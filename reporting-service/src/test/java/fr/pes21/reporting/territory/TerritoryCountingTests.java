package fr.pes21.reporting.territory;

import java.time.LocalDate;
import java.util.List;

import fr.pes21.contracts.territory.InitiativeStage;
import fr.pes21.reporting.report.Figures;
import org.junit.jupiter.api.Test;

import static fr.pes21.reporting.territory.TerritoryRow.Kind.INITIATIVE;
import static fr.pes21.reporting.territory.TerritoryRow.Kind.MILESTONE;
import static fr.pes21.reporting.territory.TerritoryRow.Kind.NEED;
import static fr.pes21.reporting.territory.TerritoryRow.Kind.STEERING_MEETING;
import static fr.pes21.reporting.territory.TerritoryRow.Kind.TERRITORY_REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;

class TerritoryCountingTests {

	@Test
	void countsATerritoryOnceWhateverItsNumberOfMeetingsAndMilestones() {
		List<TerritoryRow> facts = List.of(ofInitiative(STEERING_MEETING, "t1", "i1", "2024-01-25"),
				ofInitiative(STEERING_MEETING, "t1", "i1", "2024-04-24"),
				ofInitiative(MILESTONE, "t1", "i2", "2024-06-15"), ofInitiative(MILESTONE, "t2", "i3", "2024-03-12"));

		assertThat(count(2024, facts).get("territory.territoriesAccompanied")).isEqualTo(2);
	}

	@Test
	void accompaniesATerritoryWithAMilestoneAlone() {
		List<TerritoryRow> facts = List.of(ofInitiative(MILESTONE, "t1", "i1", "2023-12-02"));

		assertThat(count(2023, facts).get("territory.territoriesAccompanied")).isEqualTo(1);
		assertThat(count(2023, facts).get("territory.steeringMeetings")).isZero();
		assertThat(count(2024, facts).get("territory.territoriesAccompanied")).isZero();
	}

	@Test
	void doesNotAccompanyATerritoryOnlyRegisteredWithANeedAndAStartedInitiative() {
		List<TerritoryRow> facts = List.of(ofTerritory(TERRITORY_REGISTRATION, "t1", "2024-02-01"),
				ofTerritory(NEED, "t1", "2024-02-06"), ofInitiative(INITIATIVE, "t1", "i1", "2024-03-05"),
				stage("t1", "i1", InitiativeStage.FEASIBILITY, 0, "2024-09-10"));

		assertThat(count(2024, facts).asMap()).allSatisfy((key, value) -> assertThat(value).isZero());
	}

	@Test
	void countsEverySteeringMeetingHeldInTheYear() {
		List<TerritoryRow> facts = List.of(ofInitiative(STEERING_MEETING, "t1", "i1", "2024-01-25"),
				ofInitiative(STEERING_MEETING, "t1", "i1", "2024-04-24"),
				ofInitiative(STEERING_MEETING, "t2", "i2", "2024-05-27"),
				ofInitiative(STEERING_MEETING, "t2", "i2", "2023-11-14"));

		assertThat(count(2024, facts).get("territory.steeringMeetings")).isEqualTo(3);
	}

	@Test
	void movesBackWhenASteeringMeetingIsWithdrawn() {
		List<TerritoryRow> facts = List.of(ofInitiative(STEERING_MEETING, "t1", "i1", "2024-01-25"),
				withdrawn(ofInitiative(STEERING_MEETING, "t2", "i2", "2024-04-24")));

		Figures figures = count(2024, facts);

		assertThat(figures.get("territory.steeringMeetings")).isEqualTo(1);
		assertThat(figures.get("territory.territoriesAccompanied")).isEqualTo(1);
	}

	@Test
	void countsAMeetingOfNewYearsEveInTheYearOfItsBusinessDate() {
		// Held on 31 December 2024, recorded in January: when it was recorded is not an
		// input of the rules at all.
		List<TerritoryRow> facts = List.of(ofInitiative(STEERING_MEETING, "t1", "i1", "2024-12-31"));

		assertThat(count(2024, facts).get("territory.steeringMeetings")).isEqualTo(1);
		assertThat(count(2025, facts).get("territory.steeringMeetings")).isZero();
	}

	@Test
	void countsTheInitiativesLaunchedInTheYearWithTheirJobs() {
		List<TerritoryRow> facts = List.of(stage("t1", "i1", InitiativeStage.LAUNCHED, 1, "2024-06-15"),
				stage("t2", "i2", InitiativeStage.LAUNCHED, 3, "2024-09-02"),
				stage("t3", "i3", InitiativeStage.LAUNCHED, 2, "2023-10-01"),
				stage("t4", "i4", InitiativeStage.CREATION, 0, "2024-02-01"),
				stage("t5", "i5", InitiativeStage.STOPPED, 0, "2024-03-01"));

		Figures figures = count(2024, facts);

		assertThat(figures.get("territory.initiativesLaunched")).isEqualTo(2);
		assertThat(figures.get("territory.jobsCreated")).isEqualTo(4);
	}

	@Test
	void movesBackWhenALaunchIsWithdrawnAndCountsItAgainWhenRecordedAgain() {
		// Decision 8: a stage entered by mistake is corrected by withdrawing its change.
		List<TerritoryRow> corrected = List.of(withdrawn(stage("t1", "i1", InitiativeStage.LAUNCHED, 1, "2024-05-27")));
		List<TerritoryRow> recordedAgain = List.of(
				withdrawn(stage("t1", "i1", InitiativeStage.LAUNCHED, 1, "2024-05-27")),
				stage("t1", "i1", InitiativeStage.LAUNCHED, 1, "2024-06-15"));

		assertThat(count(2024, corrected).get("territory.initiativesLaunched")).isZero();
		assertThat(count(2024, corrected).get("territory.jobsCreated")).isZero();
		assertThat(count(2024, recordedAgain).get("territory.initiativesLaunched")).isEqualTo(1);
		assertThat(count(2024, recordedAgain).get("territory.jobsCreated")).isEqualTo(1);
	}

	@Test
	void countsAnInitiativeOnceWhenLaunchedTwiceInTheYear() {
		List<TerritoryRow> facts = List.of(stage("t1", "i1", InitiativeStage.LAUNCHED, 1, "2024-06-15"),
				stage("t1", "i1", InitiativeStage.LAUNCHED, 2, "2024-10-01"));

		assertThat(count(2024, facts).get("territory.initiativesLaunched")).isEqualTo(1);
	}

	private static Figures count(int year, List<TerritoryRow> facts) {
		Figures figures = new Figures();
		TerritoryCounting.count(year, facts, figures);
		return figures;
	}

	private static TerritoryRow ofTerritory(TerritoryRow.Kind kind, String territoryId, String date) {
		return new TerritoryRow(kind, territoryId, null, null, 0, LocalDate.parse(date), false);
	}

	private static TerritoryRow ofInitiative(TerritoryRow.Kind kind, String territoryId, String initiativeId,
			String date) {
		return new TerritoryRow(kind, territoryId, initiativeId, null, 0, LocalDate.parse(date), false);
	}

	private static TerritoryRow stage(String territoryId, String initiativeId, InitiativeStage stage, int jobs,
			String date) {
		return new TerritoryRow(TerritoryRow.Kind.STAGE_CHANGE, territoryId, initiativeId, stage, jobs,
				LocalDate.parse(date), false);
	}

	private static TerritoryRow withdrawn(TerritoryRow fact) {
		return new TerritoryRow(fact.kind(), fact.territoryId(), fact.initiativeId(), fact.stage(), fact.jobs(),
				fact.occurredOn(), true);
	}

}
