package fr.pes21.contracts.dla;

import java.time.LocalDate;
import fr.pes21.contracts.Withdrawal;

/** A {@link CollectiveEngineeringParticipantAdded} was withdrawn. */
public record CollectiveEngineeringParticipantWithdrawn(String factId, String engineeringId, String structureId,
		LocalDate occurredOn) implements DlaFact, Withdrawal {

	@Override
	public String subject() {
		return engineeringId;
	}

}
