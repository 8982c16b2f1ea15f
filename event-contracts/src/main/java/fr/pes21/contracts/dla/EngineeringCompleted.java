package fr.pes21.contracts.dla;

import java.time.LocalDate;

/**
 * An engineering (individual or collective) was completed; {@code factId} is the
 * completion id.
 */
public record EngineeringCompleted(String factId, String engineeringId, LocalDate occurredOn) implements DlaFact {

	@Override
	public String subject() {
		return engineeringId;
	}

}
