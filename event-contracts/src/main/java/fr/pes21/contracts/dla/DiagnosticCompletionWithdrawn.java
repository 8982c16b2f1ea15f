package fr.pes21.contracts.dla;

import java.time.LocalDate;
import fr.pes21.contracts.Withdrawal;

/** A {@link DiagnosticCompleted} was withdrawn. */
public record DiagnosticCompletionWithdrawn(String factId, String structureId,
		LocalDate occurredOn) implements DlaFact, Withdrawal {

	@Override
	public String subject() {
		return structureId;
	}

}
