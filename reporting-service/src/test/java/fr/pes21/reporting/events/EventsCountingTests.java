package fr.pes21.reporting.events;

import java.time.LocalDate;
import java.util.List;

import fr.pes21.contracts.events.EventKind;
import fr.pes21.reporting.report.Figures;
import org.junit.jupiter.api.Test;

import static fr.pes21.contracts.events.EventKind.CLUB_EVENING;
import static fr.pes21.contracts.events.EventKind.COURSE;
import static fr.pes21.contracts.events.EventKind.EXPERT_TALK;
import static fr.pes21.reporting.events.EventsRow.Kind.ATTENDANCE;
import static fr.pes21.reporting.events.EventsRow.Kind.CANCELLATION;
import static fr.pes21.reporting.events.EventsRow.Kind.HOLDING;
import static fr.pes21.reporting.events.EventsRow.Kind.REGISTRATION;
import static fr.pes21.reporting.events.EventsRow.Kind.SCHEDULING;
import static org.assertj.core.api.Assertions.assertThat;

class EventsCountingTests {

	@Test
	void countsTheEventsHeldInTheYearPerKindAndInTotal() {
		List<EventsRow> facts = List.of(held("e1", EXPERT_TALK, "2024-01-23"), held("e2", EXPERT_TALK, "2024-02-20"),
				held("e3", COURSE, "2024-03-14"), held("e4", CLUB_EVENING, "2023-12-12"));

		Figures figures = count(2024, facts);

		assertThat(figures.get("events.held.EXPERT_TALK")).isEqualTo(2);
		assertThat(figures.get("events.held.COURSE")).isEqualTo(1);
		assertThat(figures.get("events.held.CLUB_EVENING")).isZero();
		assertThat(figures.get("events.held.total")).isEqualTo(3);
	}

	@Test
	void countsAnEventHeldOnNewYearsEveAtUtcInTheYearOfItsDayInParis() {
		// Starts at 2024-12-31T23:30:00Z: the events service dates it 1 January 2025.
		List<EventsRow> facts = List.of(held("e1", CLUB_EVENING, "2025-01-01"));

		assertThat(count(2024, facts).get("events.held.CLUB_EVENING")).isZero();
		assertThat(count(2025, facts).get("events.held.CLUB_EVENING")).isEqualTo(1);
	}

	@Test
	void doesNotCountAScheduledEventThatWasNotHeld() {
		List<EventsRow> facts = List.of(fact(SCHEDULING, "e1", EXPERT_TALK, 0, "2024-07-02"),
				fact(REGISTRATION, "e1", null, 0, "2024-06-20"));

		assertThat(count(2024, facts).asMap()).allSatisfy((key, value) -> assertThat(value).isZero());
	}

	@Test
	void doesNotCountACancelledEventEvenWithAHeldFact() {
		List<EventsRow> facts = List.of(held("e1", EXPERT_TALK, "2024-07-02"),
				fact(CANCELLATION, "e1", EXPERT_TALK, 0, "2024-07-02"), attendance("e1", 12, "2024-07-02"));

		Figures figures = count(2024, facts);

		assertThat(figures.get("events.held.EXPERT_TALK")).isZero();
		assertThat(figures.get("events.participants")).isZero();
	}

	@Test
	void countsAnEventAgainWhenItsCancellationIsWithdrawn() {
		List<EventsRow> facts = List.of(held("e1", EXPERT_TALK, "2024-07-02"),
				withdrawn(fact(CANCELLATION, "e1", EXPERT_TALK, 0, "2024-07-02")));

		assertThat(count(2024, facts).get("events.held.EXPERT_TALK")).isEqualTo(1);
	}

	@Test
	void doesNotCountAWithdrawnEventNorItsAttendance() {
		List<EventsRow> facts = List.of(withdrawn(fact(SCHEDULING, "e1", COURSE, 0, "2024-03-14")),
				held("e1", COURSE, "2024-03-14"), attendance("e1", 25, "2024-03-14"), held("e2", COURSE, "2024-03-14"));

		Figures figures = count(2024, facts);

		assertThat(figures.get("events.held.COURSE")).isEqualTo(1);
		assertThat(figures.get("events.participants")).isZero();
	}

	@Test
	void movesBackWhenAHeldFactIsWithdrawn() {
		List<EventsRow> facts = List.of(withdrawn(held("e1", COURSE, "2024-03-14")),
				attendance("e1", 25, "2024-03-14"));

		Figures figures = count(2024, facts);

		assertThat(figures.get("events.held.total")).isZero();
		assertThat(figures.get("events.participants")).isZero();
	}

	@Test
	void sumsTheAttendanceOfTheEventsHeldInTheYear() {
		List<EventsRow> facts = List.of(held("e1", EventKind.PITCH_CONTEST, "2024-11-05"),
				attendance("e1", 140, "2024-11-05"), held("e2", EventKind.CONFERENCE, "2024-03-06"),
				attendance("e2", 50, "2024-03-06"), held("e3", EventKind.CONFERENCE, "2023-11-28"),
				attendance("e3", 60, "2023-11-28"));

		assertThat(count(2024, facts).get("events.participants")).isEqualTo(190);
	}

	@Test
	void countsAnAttendanceRecordedAgainOnceWithItsLatestFigure() {
		// Decision 8: the first record is withdrawn, the new one has its own id.
		List<EventsRow> facts = List.of(held("e1", EventKind.PITCH_CONTEST, "2024-11-05"),
				withdrawn(attendance("e1", 10, "2024-11-05")), attendance("e1", 140, "2024-11-05"));

		assertThat(count(2024, facts).get("events.participants")).isEqualTo(140);
	}

	@Test
	void countsTheAttendanceOfAnEventInTheYearItWasHeldWhateverTheDateOfTheRecord() {
		List<EventsRow> facts = List.of(held("e1", CLUB_EVENING, "2024-12-10"), attendance("e1", 35, "2025-01-06"));

		assertThat(count(2024, facts).get("events.participants")).isEqualTo(35);
		assertThat(count(2025, facts).get("events.participants")).isZero();
	}

	@Test
	void countsNoAttendanceOfAnEventNotHeld() {
		List<EventsRow> facts = List.of(fact(SCHEDULING, "e1", CLUB_EVENING, 0, "2024-12-10"),
				attendance("e1", 35, "2024-12-10"));

		assertThat(count(2024, facts).get("events.participants")).isZero();
	}

	private static Figures count(int year, List<EventsRow> facts) {
		Figures figures = new Figures();
		EventsCounting.count(year, facts, figures);
		return figures;
	}

	private static EventsRow held(String eventId, EventKind kind, String day) {
		return fact(HOLDING, eventId, kind, 0, day);
	}

	private static EventsRow attendance(String eventId, int count, String date) {
		return fact(ATTENDANCE, eventId, null, count, date);
	}

	private static EventsRow fact(EventsRow.Kind kind, String eventId, EventKind eventKind, int attendance,
			String date) {
		return new EventsRow(kind, eventId, eventKind, attendance, LocalDate.parse(date), false);
	}

	private static EventsRow withdrawn(EventsRow fact) {
		return new EventsRow(fact.kind(), fact.eventId(), fact.eventKind(), fact.attendance(), fact.occurredOn(), true);
	}

}
