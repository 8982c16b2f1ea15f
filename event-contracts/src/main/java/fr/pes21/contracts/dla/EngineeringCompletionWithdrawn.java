package fr.pes21.contracts.dla;

import java.time.LocalDate;
import fr.pes21.contracts.Withdrawal;

/** An {@link EngineeringCompleted} was withdrawn. */
public record EngineeringCompletionWithdrawn(String factId, String engineeringId,
		LocalDate occurredOn) implements DlaFact, Withdrawal {

	@Override
	public String subject() {
		return engineeringId;
	}

}
