package fr.pes21.reporting.events;

import java.time.Instant;
import java.time.LocalDate;

import fr.pes21.contracts.MalformedFact;
import fr.pes21.contracts.events.AttendanceRecorded;
import fr.pes21.contracts.events.AttendanceWithdrawn;
import fr.pes21.contracts.events.EventHeld;
import fr.pes21.contracts.events.EventKind;
import fr.pes21.contracts.events.EventScheduled;
import fr.pes21.contracts.events.EventWithdrawn;
import fr.pes21.contracts.events.RegistrationReceived;
import fr.pes21.contracts.events.RegistrationStatus;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EventsReadModelTests {

	private static final EventsReadModel READ_MODEL = new EventsReadModel();

	@Test
	void writesAFactOnlyOnItsFirstArrivalSoADuplicateChangesNothing() {
		var held = new EventHeld("h1", "e1", EventKind.COURSE, date("2024-03-14"));

		Document update = READ_MODEL.describing(held).getUpdateObject();

		assertThat(update.keySet()).containsOnly("$setOnInsert");
		assertThat(update.get("$setOnInsert", Document.class)).containsEntry("kind", "HOLDING")
			.containsEntry("event", "e1")
			.containsEntry("eventKind", "COURSE")
			.containsEntry("occurredOn", "2024-03-14")
			.containsEntry("year", 2024);
	}

	@Test
	void filesAnEventStartingOnNewYearsEveAtUtcInTheYearOfItsDayInParis() {
		var scheduled = new EventScheduled("e1", "e1", EventKind.CLUB_EVENING, Instant.parse("2024-12-31T23:30:00Z"),
				40, date("2025-01-01"));

		assertThat(READ_MODEL.describing(scheduled).getUpdateObject().get("$setOnInsert", Document.class))
			.containsEntry("kind", "SCHEDULING")
			.containsEntry("year", 2025);
	}

	@Test
	void storesTheCountOfAnAttendanceRecord() {
		var attendance = new AttendanceRecorded("a1", "e1", EventKind.PITCH_CONTEST, 140, date("2024-11-05"));

		assertThat(READ_MODEL.describing(attendance).getUpdateObject().get("$setOnInsert", Document.class))
			.containsEntry("kind", "ATTENDANCE")
			.containsEntry("attendance", 140);
	}

	@Test
	void describesAWithdrawalAsTheFactItWithdrawsWithoutItsCount() {
		var withdrawal = new AttendanceWithdrawn("a1", "e1", EventKind.PITCH_CONTEST, date("2024-11-05"));

		assertThat(EventsRow.of(withdrawal)).isEqualTo(
				new EventsRow(EventsRow.Kind.ATTENDANCE, "e1", EventKind.PITCH_CONTEST, 0, date("2024-11-05"), true));
		assertThat(READ_MODEL.describing(withdrawal).getUpdateObject().get("$setOnInsert", Document.class))
			.containsEntry("kind", "ATTENDANCE")
			.doesNotContainKey("attendance");
		assertThat(EventsRow.of(new EventWithdrawn("e1", "e1", EventKind.COURSE, date("2024-03-14"))))
			.isEqualTo(new EventsRow(EventsRow.Kind.SCHEDULING, "e1", EventKind.COURSE, 0, date("2024-03-14"), true));
	}

	@Test
	void keepsARegistrationWithItsEventAndNoKind() {
		var registration = new RegistrationReceived("r1", "r1", "e1", RegistrationStatus.WAITLISTED,
				date("2024-10-20"));

		assertThat(READ_MODEL.describing(registration).getUpdateObject().get("$setOnInsert", Document.class))
			.containsEntry("kind", "REGISTRATION")
			.containsEntry("event", "e1")
			.doesNotContainKey("eventKind");
	}

	@Test
	void readsBackWhatItStored() {
		var attendance = new AttendanceRecorded("a1", "e1", EventKind.PITCH_CONTEST, 140, date("2024-11-05"));
		Document document = new Document(
				READ_MODEL.describing(attendance).getUpdateObject().get("$setOnInsert", Document.class));

		assertThat(EventsRow.from(document)).isEqualTo(EventsRow.of(attendance));
	}

	@Test
	void refusesAFactWithoutItsEventOrAHeldEventWithoutItsKind() {
		assertThatExceptionOfType(MalformedFact.class)
			.isThrownBy(() -> READ_MODEL.describing(new EventHeld("h1", " ", EventKind.COURSE, date("2024-03-14"))));
		assertThatExceptionOfType(MalformedFact.class)
			.isThrownBy(() -> READ_MODEL.describing(new EventHeld("h1", "e1", null, date("2024-03-14"))));
	}

	private static LocalDate date(String date) {
		return LocalDate.parse(date);
	}

}
