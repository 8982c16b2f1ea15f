package fr.pes21.contracts.accompaniment;

import java.time.LocalDate;

/** The accompaniment of the project ended. */
public record ProjectClosed(String factId, String projectId, Programme programme, LocalDate occurredOn,
		ClosureOutcome outcome) implements AccompanimentFact {
}
