package fr.pes21.contracts.dla;

import java.time.LocalDate;
import fr.pes21.contracts.Withdrawal;

/** An {@link IndividualEngineeringStarted} was withdrawn. */
public record IndividualEngineeringWithdrawn(String factId, String engineeringId, String structureId,
		LocalDate occurredOn) implements DlaFact, Withdrawal {

	@Override
	public String subject() {
		return engineeringId;
	}

}
