package fr.pes21.reporting.territory;

import java.time.LocalDate;

import fr.pes21.contracts.MalformedFact;
import fr.pes21.contracts.territory.InitiativeStage;
import fr.pes21.contracts.territory.InitiativeStageChangeWithdrawn;
import fr.pes21.contracts.territory.InitiativeStageChanged;
import fr.pes21.contracts.territory.MilestoneKind;
import fr.pes21.contracts.territory.MilestoneReached;
import fr.pes21.contracts.territory.SteeringMeetingHeld;
import fr.pes21.contracts.territory.SteeringMeetingWithdrawn;
import fr.pes21.contracts.territory.TerritoryKind;
import fr.pes21.contracts.territory.TerritoryRegistered;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TerritoryProjectionTests {

	@Test
	void writesAFactOnlyOnItsFirstArrivalSoADuplicateChangesNothing() {
		var meeting = new SteeringMeetingHeld("m1", "i1", "t1", date("2024-01-25"));

		Document update = TerritoryProjection.describing(meeting).getUpdateObject();

		assertThat(update.keySet()).containsOnly("$setOnInsert");
		assertThat(update.get("$setOnInsert", Document.class)).containsEntry("kind", "STEERING_MEETING")
			.containsEntry("territoryId", "t1")
			.containsEntry("initiativeId", "i1")
			.containsEntry("occurredOn", "2024-01-25")
			.containsEntry("year", 2024);
	}

	@Test
	void filesAMilestoneOfNewYearsEveInTheYearOfItsBusinessDate() {
		var milestone = new MilestoneReached("ms1", "i1", "t1", MilestoneKind.FOUNDING_ASSEMBLY, date("2023-12-31"));

		assertThat(TerritoryProjection.describing(milestone).getUpdateObject().get("$setOnInsert", Document.class))
			.containsEntry("kind", "MILESTONE")
			.containsEntry("year", 2023);
	}

	@Test
	void storesTheStageReachedAndTheJobsDeclared() {
		var launched = new InitiativeStageChanged("g1", "i1", "t1", InitiativeStage.LAUNCHED, InitiativeStage.CREATION,
				date("2024-06-15"), 1);

		assertThat(TerritoryProjection.describing(launched).getUpdateObject().get("$setOnInsert", Document.class))
			.containsEntry("kind", "STAGE_CHANGE")
			.containsEntry("stage", "LAUNCHED")
			.containsEntry("jobs", 1);
	}

	@Test
	void countsNoJobForAStageChangeThatDeclaresNone() {
		var feasibility = new InitiativeStageChanged("g1", "i1", "t1", InitiativeStage.FEASIBILITY,
				InitiativeStage.EMERGENCE, date("2021-09-14"), null);

		assertThat(StoredFact.of(feasibility).jobs()).isZero();
	}

	@Test
	void describesAWithdrawalAsTheFactItWithdrawsWithoutItsJobs() {
		var withdrawal = new InitiativeStageChangeWithdrawn("g1", "i1", "t1", InitiativeStage.LAUNCHED,
				date("2024-05-27"));

		assertThat(StoredFact.of(withdrawal)).isEqualTo(new StoredFact(TerritoryFactKind.STAGE_CHANGE, "t1", "i1",
				InitiativeStage.LAUNCHED, 0, date("2024-05-27"), true));
		assertThat(TerritoryProjection.describing(withdrawal).getUpdateObject().get("$setOnInsert", Document.class))
			.containsEntry("kind", "STAGE_CHANGE")
			.containsEntry("stage", "LAUNCHED")
			.containsEntry("year", 2024)
			.doesNotContainKey("jobs");
		assertThat(StoredFact.of(new SteeringMeetingWithdrawn("m1", "i1", "t1", date("2024-04-24"))).withdrawn())
			.isTrue();
	}

	@Test
	void storesNoInitiativeForTheFactOfATerritory() {
		var registered = new TerritoryRegistered("t1", "t1", TerritoryKind.EPCI, "21", date("2020-09-22"));

		assertThat(TerritoryProjection.describing(registered).getUpdateObject().get("$setOnInsert", Document.class))
			.containsEntry("kind", "TERRITORY_REGISTRATION")
			.containsEntry("territoryId", "t1")
			.doesNotContainKey("initiativeId");
	}

	@Test
	void readsBackWhatItStored() {
		var launched = new InitiativeStageChanged("g1", "i1", "t1", InitiativeStage.LAUNCHED, InitiativeStage.CREATION,
				date("2024-06-15"), 1);
		Document document = new Document(
				TerritoryProjection.describing(launched).getUpdateObject().get("$setOnInsert", Document.class));

		assertThat(StoredFact.from(document)).isEqualTo(StoredFact.of(launched));
	}

	@Test
	void refusesAFactWithoutItsTerritoryOrStage() {
		assertThatExceptionOfType(MalformedFact.class).isThrownBy(
				() -> TerritoryProjection.describing(new SteeringMeetingHeld("m1", "i1", " ", date("2024-01-25"))));
		assertThatExceptionOfType(MalformedFact.class).isThrownBy(() -> TerritoryProjection.describing(
				new InitiativeStageChanged("g1", "i1", "t1", null, InitiativeStage.CREATION, date("2024-06-15"), 1)));
	}

	private static LocalDate date(String date) {
		return LocalDate.parse(date);
	}

}
