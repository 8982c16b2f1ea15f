package fr.pes21.reporting.accompaniment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import fr.pes21.contracts.Fact;
import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.accompaniment.AccompanimentMeetingHeld;
import fr.pes21.contracts.accompaniment.AccompanimentMeetingWithdrawn;
import fr.pes21.contracts.accompaniment.MeetingKind;
import fr.pes21.contracts.accompaniment.StructureCreated;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static fr.pes21.contracts.accompaniment.Programme.BENEFICE_CREA;
import static org.assertj.core.api.Assertions.assertThat;

class AccompanimentProjectionTests {

	private static final Instant RECORDED_IN_JANUARY = Instant.parse("2025-01-06T08:30:00Z");

	@Test
	void filesAMeetingHeldInDecemberAndRecordedInJanuaryInDecembersYear() {
		var meeting = new AccompanimentMeetingHeld("m1", "p1", BENEFICE_CREA, LocalDate.parse("2024-12-18"),
				MeetingKind.FOLLOW_UP);

		Document update = AccompanimentProjection.recording(meeting, envelope(meeting)).getUpdateObject();

		assertThat(update.get("$setOnInsert", Document.class)).containsEntry("year", 2024)
			.containsEntry("occurredOn", "2024-12-18")
			.containsEntry("eventTime", Date.from(RECORDED_IN_JANUARY));
	}

	@Test
	void writesAFactOnlyOnItsFirstArrival() {
		var creation = new StructureCreated("s1", "p1", BENEFICE_CREA, LocalDate.parse("2024-09-02"), "SCOP", 2);

		Document update = AccompanimentProjection.recording(creation, envelope(creation)).getUpdateObject();

		assertThat(update.keySet()).containsOnly("$setOnInsert", "$max");
		assertThat(update.get("$setOnInsert", Document.class)).containsEntry("kind", "STRUCTURE_CREATION")
			.containsEntry("jobsCreated", 2);
	}

	@Test
	void marksTheWithdrawnFactAndCreatesItAsATombstoneWhenItHasNotArrived() {
		var withdrawal = new AccompanimentMeetingWithdrawn("m1", "p1", BENEFICE_CREA, LocalDate.parse("2024-12-18"));

		Document update = AccompanimentProjection.withdrawal(withdrawal, envelope(withdrawal)).getUpdateObject();

		assertThat(update.get("$set", Document.class)).containsEntry("withdrawn", true);
		assertThat(update.get("$setOnInsert", Document.class)).containsEntry("kind", "MEETING")
			.containsEntry("year", 2024);
	}

	private static FactEnvelope envelope(Fact fact) {
		return FactEnvelope.wrap(fact, "accompaniment-service", RECORDED_IN_JANUARY);
	}

}
