package fr.pes21.reporting.dla;

import java.time.LocalDate;
import java.util.List;

import fr.pes21.contracts.dla.CollectiveEngineeringParticipantAdded;
import fr.pes21.contracts.dla.CollectiveEngineeringStarted;
import fr.pes21.contracts.dla.StructureWelcomed;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DlaReadModelTests {

	private static final DlaReadModel READ_MODEL = new DlaReadModel();

	@Test
	void storesTheEngineeringAndItsFirstParticipants() {
		var started = new CollectiveEngineeringStarted("c1", "c1", List.of("s1", "s2"), LocalDate.parse("2024-06-17"),
				4);

		Document update = READ_MODEL.describing(started).getUpdateObject();

		assertThat(update.get("$setOnInsert", Document.class)).containsEntry("kind", "COLLECTIVE_ENGINEERING")
			.containsEntry("engineeringId", "c1")
			.containsEntry("structureIds", List.of("s1", "s2"))
			.containsEntry("occurredOn", "2024-06-17")
			.containsEntry("year", 2024);
	}

	@Test
	void filesAParticipantAddedLaterInTheEngineeringsStartYearKeepingTheDateOfTheAddition() {
		var added = new CollectiveEngineeringParticipantAdded("p1", "c1", "s3", LocalDate.parse("2025-01-13"),
				LocalDate.parse("2024-11-18"));

		Document update = READ_MODEL.describing(added).getUpdateObject();

		assertThat(update.get("$setOnInsert", Document.class)).containsEntry("kind", "COLLECTIVE_PARTICIPATION")
			.containsEntry("occurredOn", "2025-01-13")
			.containsEntry("year", 2024);
	}

	@Test
	void storesNoEngineeringForTheFactOfAStructure() {
		var welcome = new StructureWelcomed("w1", "s1", LocalDate.parse("2023-03-14"));

		Document update = READ_MODEL.describing(welcome).getUpdateObject();

		assertThat(update.get("$setOnInsert", Document.class)).containsEntry("structureIds", List.of("s1"))
			.doesNotContainKey("engineeringId");
	}

}
