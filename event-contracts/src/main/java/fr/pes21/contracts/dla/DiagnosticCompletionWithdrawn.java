package fr.pes21.contracts.dla;

import java.time.LocalDate;
import fr.pes21.contracts.Withdrawal;

/**
 * A diagnostic's completion was withdrawn; {@code factId} is the withdrawn completion's
 * id: the completion id of a {@link DiagnosticCompleted} (version 2), the diagnostic id
 * of a {@link DiagnosticCompletedV1}. Its shape and meaning did not change with
 * completions getting ids of their own, so it stays at version 1 (docs/decisions/0010).
 */
public record DiagnosticCompletionWithdrawn(String factId, String structureId,
		LocalDate occurredOn) implements DlaFact, Withdrawal {

	@Override
	public String subject() {
		return structureId;
	}

}
