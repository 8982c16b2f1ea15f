package fr.pes21.contracts.accompaniment;

import java.time.LocalDate;

/** An accompaniment meeting with the project holders took place. */
public record AccompanimentMeetingHeld(String factId, String projectId, Programme programme, LocalDate occurredOn,
		MeetingKind kind) implements AccompanimentFact {
}
