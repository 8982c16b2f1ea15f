package fr.pes21.contracts.accompaniment;

import java.time.LocalDate;

/**
 * A project was welcomed ("accueil") in a programme; {@code factId} is the project id.
 */
public record ProjectWelcomed(String factId, String projectId, Programme programme, LocalDate occurredOn,
		String commune, String sector) implements AccompanimentFact {
}
