package fr.pes21.contracts.dla;

import java.time.LocalDate;

/**
 * Version 1 of {@code fr.pes21.dla.DiagnosticCompleted}: a shared diagnostic was
 * completed, and {@code factId} is the diagnostic id. No longer published (the DLA
 * service publishes {@link DiagnosticCompleted}, version 2, since completions have ids of
 * their own); kept so that the facts already on the topics stay readable, by consumers
 * and by rebuilds (docs/decisions/0010).
 */
public record DiagnosticCompletedV1(String factId, String structureId, LocalDate occurredOn) implements DlaFact {

	@Override
	public String subject() {
		return structureId;
	}

}
