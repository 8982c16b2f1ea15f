package fr.pes21.contracts.accompaniment;

import java.time.LocalDate;

/**
 * The project's structure was created (registered), with the jobs declared at creation.
 */
public record StructureCreated(String factId, String projectId, Programme programme, LocalDate occurredOn,
		String legalForm, int jobsCreated) implements AccompanimentFact {
}
