package fr.pes21.contracts.dla;

import java.time.LocalDate;
import java.util.List;

/**
 * A collective engineering ("ingénierie collective") for two or more structures started;
 * {@code factId} is the engineering id.
 */
public record CollectiveEngineeringStarted(String factId, String engineeringId, List<String> structureIds,
		LocalDate occurredOn, double days) implements DlaFact {

	@Override
	public String subject() {
		return engineeringId;
	}

}
