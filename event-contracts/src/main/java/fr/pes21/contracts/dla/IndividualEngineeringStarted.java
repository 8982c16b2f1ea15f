package fr.pes21.contracts.dla;

import java.time.LocalDate;

/**
 * An individual engineering ("ingénierie individuelle") for exactly one structure
 * started; {@code factId} is the engineering id.
 */
public record IndividualEngineeringStarted(String factId, String engineeringId, String structureId,
		LocalDate occurredOn, double days) implements DlaFact {

	@Override
	public String subject() {
		return engineeringId;
	}

}
