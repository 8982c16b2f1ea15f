package fr.pes21.contracts.dla;

import java.time.LocalDate;
import fr.pes21.contracts.Withdrawal;

/** A {@link PostEngineeringFollowUpHeld} was withdrawn. */
public record PostEngineeringFollowUpWithdrawn(String factId, String structureId,
		LocalDate occurredOn) implements DlaFact, Withdrawal {

	@Override
	public String subject() {
		return structureId;
	}

}
