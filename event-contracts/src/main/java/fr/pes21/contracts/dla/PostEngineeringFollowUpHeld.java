package fr.pes21.contracts.dla;

import java.time.LocalDate;

/**
 * A post-engineering follow-up meeting ("suivi post-ingénierie") with the structure took
 * place.
 */
public record PostEngineeringFollowUpHeld(String factId, String structureId, LocalDate occurredOn) implements DlaFact {

	@Override
	public String subject() {
		return structureId;
	}

}
