package fr.pes21.reporting.accompaniment;

import java.time.LocalDate;

import fr.pes21.contracts.accompaniment.AccompanimentMeetingHeld;
import fr.pes21.contracts.accompaniment.AccompanimentMeetingWithdrawn;
import fr.pes21.contracts.accompaniment.MeetingKind;
import fr.pes21.contracts.accompaniment.StructureCreated;
import fr.pes21.contracts.accompaniment.StructureCreationWithdrawn;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static fr.pes21.contracts.accompaniment.Programme.BENEFICE_CREA;
import static org.assertj.core.api.Assertions.assertThat;

class AccompanimentReadModelTests {

	private static final AccompanimentReadModel READ_MODEL = new AccompanimentReadModel();

	@Test
	void filesAMeetingInTheYearOfItsBusinessDate() {
		var meeting = new AccompanimentMeetingHeld("m1", "p1", BENEFICE_CREA, LocalDate.parse("2024-12-18"),
				MeetingKind.FOLLOW_UP);

		Document update = READ_MODEL.describing(meeting).getUpdateObject();

		assertThat(update.get("$setOnInsert", Document.class)).containsEntry("kind", "MEETING")
			.containsEntry("projectId", "p1")
			.containsEntry("programme", "BENEFICE_CREA")
			.containsEntry("occurredOn", "2024-12-18")
			.containsEntry("year", 2024);
	}

	@Test
	void storesTheJobsDeclaredAtCreation() {
		var creation = new StructureCreated("s1", "p1", BENEFICE_CREA, LocalDate.parse("2024-09-02"), "SCOP", 2);

		Document update = READ_MODEL.describing(creation).getUpdateObject();

		assertThat(update.get("$setOnInsert", Document.class)).containsEntry("kind", "STRUCTURE_CREATION")
			.containsEntry("jobsCreated", 2);
	}

	@Test
	void describesAWithdrawalAsTheFactItWithdraws() {
		var withdrawal = new AccompanimentMeetingWithdrawn("m1", "p1", BENEFICE_CREA, LocalDate.parse("2024-12-18"));
		var creationWithdrawal = new StructureCreationWithdrawn("s1", "p1", BENEFICE_CREA,
				LocalDate.parse("2024-09-02"));

		assertThat(READ_MODEL.describing(withdrawal).getUpdateObject().get("$setOnInsert", Document.class))
			.containsEntry("kind", "MEETING")
			.containsEntry("year", 2024);
		assertThat(READ_MODEL.describing(creationWithdrawal).getUpdateObject().get("$setOnInsert", Document.class))
			.containsEntry("kind", "STRUCTURE_CREATION")
			.doesNotContainKey("jobsCreated");
	}

}
