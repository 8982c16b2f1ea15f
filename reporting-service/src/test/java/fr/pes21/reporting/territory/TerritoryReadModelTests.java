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

class TerritoryReadModelTests {

	private static final TerritoryReadModel READ_MODEL = new TerritoryReadModel();

	@Test
	void writesAFactOnlyOnItsFirstArrivalSoADuplicateChangesNothing() {
		var meeting = new SteeringMeetingHeld("m1", "i1", "t1", date("2024-01-25"));

		Document update = READ_MODEL.describing(meeting).getUpdateObject();

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

		assertThat(READ_MODEL.describing(milestone).getUpdateObject().get("$setOnInsert", Document.class))
			.containsEntry("kind", "MILESTONE")
			.containsEntry("year", 2023);
	}

	@Test
	void storesTheStageReachedAndTheJobsDeclared() {
		var launched = new InitiativeStageChanged("g1", "i1", "t1", InitiativeStage.LAUNCHED, InitiativeStage.CREATION,
				date("2024-06-15"), 1);

		assertThat(READ_MODEL.describing(launched).getUpdateObject().get("$setOnInsert", Document.class))
			.containsEntry("kind", "STAGE_CHANGE")
			.containsEntry("stage", "LAUNCHED")
			.containsEntry("jobs", 1);
	}

	@Test
	void countsNoJobForAStageChangeThatDeclaresNone() {
		var feasibility = new InitiativeStageChanged("g1", "i1", "t1", InitiativeStage.FEASIBILITY,
				InitiativeStage.EMERGENCE, date("2021-09-14"), null);

		assertThat(TerritoryRow.of(feasibility).jobs()).isZero();
	}

	@Test
	void describesAWithdrawalAsTheFactItWithdrawsWithoutItsJobs() {
		var withdrawal = new InitiativeStageChangeWithdrawn("g1", "i1", "t1", InitiativeStage.LAUNCHED,
				date("2024-05-27"));

		assertThat(TerritoryRow.of(withdrawal)).isEqualTo(new TerritoryRow(TerritoryRow.Kind.STAGE_CHANGE, "t1", "i1",
				InitiativeStage.LAUNCHED, 0, date("2024-05-27"), true));
		assertThat(READ_MODEL.describing(withdrawal).getUpdateObject().get("$setOnInsert", Document.class))
			.containsEntry("kind", "STAGE_CHANGE")
			.containsEntry("stage", "LAUNCHED")
			.containsEntry("year", 2024)
			.doesNotContainKey("jobs");
		assertThat(TerritoryRow.of(new SteeringMeetingWithdrawn("m1", "i1", "t1", date("2024-04-24"))).withdrawn())
			.isTrue();
	}

	@Test
	void storesNoInitiativeForTheFactOfATerritory() {
		var registered = new TerritoryRegistered("t1", "t1", TerritoryKind.EPCI, "21", date("2020-09-22"));

		assertThat(READ_MODEL.describing(registered).getUpdateObject().get("$setOnInsert", Document.class))
			.containsEntry("kind", "TERRITORY_REGISTRATION")
			.containsEntry("territoryId", "t1")
			.doesNotContainKey("initiativeId");
	}

	@Test
	void readsBackWhatItStored() {
		var launched = new InitiativeStageChanged("g1", "i1", "t1", InitiativeStage.LAUNCHED, InitiativeStage.CREATION,
				date("2024-06-15"), 1);
		Document document = new Document(
				READ_MODEL.describing(launched).getUpdateObject().get("$setOnInsert", Document.class));

		assertThat(TerritoryRow.from(document)).isEqualTo(TerritoryRow.of(launched));
	}

	@Test
	void refusesAFactWithoutItsTerritoryOrStage() {
		assertThatExceptionOfType(MalformedFact.class)
			.isThrownBy(() -> READ_MODEL.describing(new SteeringMeetingHeld("m1", "i1", " ", date("2024-01-25"))));
		assertThatExceptionOfType(MalformedFact.class).isThrownBy(() -> READ_MODEL.describing(
				new InitiativeStageChanged("g1", "i1", "t1", null, InitiativeStage.CREATION, date("2024-06-15"), 1)));
	}

	private static LocalDate date(String date) {
		return LocalDate.parse(date);
	}

}
