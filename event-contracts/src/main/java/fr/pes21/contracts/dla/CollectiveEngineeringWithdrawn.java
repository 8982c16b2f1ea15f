package fr.pes21.contracts.dla;

import java.time.LocalDate;
import fr.pes21.contracts.Withdrawal;

/** A {@link CollectiveEngineeringStarted} was withdrawn, with every participant. */
public record CollectiveEngineeringWithdrawn(String factId, String engineeringId,
		LocalDate occurredOn) implements DlaFact, Withdrawal {

	@Override
	public String subject() {
		return engineeringId;
	}

}
