package fr.pes21.contracts.dla;

import java.time.LocalDate;

/**
 * A shared diagnostic ("diagnostic partagé") of the structure was completed (version 2 of
 * the contract). The completion is a fact of its own: {@code factId} is the completion's
 * id, {@code diagnosticId} the diagnostic's, so a completion withdrawn by mistake can be
 * recorded again under a new id. Version 1 ({@link DiagnosticCompletedV1}), whose
 * {@code factId} was the diagnostic id, is still read (docs/decisions/0010).
 */
public record DiagnosticCompleted(String factId, String diagnosticId, String structureId,
		LocalDate occurredOn) implements DlaFact {

	@Override
	public String subject() {
		return structureId;
	}

}
