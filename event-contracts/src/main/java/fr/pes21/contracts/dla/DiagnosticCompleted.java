package fr.pes21.contracts.dla;

import java.time.LocalDate;

/**
 * A shared diagnostic ("diagnostic partagé") of the structure was completed;
 * {@code factId} is the diagnostic id.
 */
public record DiagnosticCompleted(String factId, String structureId, LocalDate occurredOn) implements DlaFact {

	@Override
	public String subject() {
		return structureId;
	}

}
