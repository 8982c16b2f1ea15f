package fr.pes21.contracts.dla;

import java.time.LocalDate;

/**
 * A structure joined a collective engineering after its start; it counts in the
 * engineering's start year ({@code engineeringStartedOn}). {@code factId} is the
 * participation id.
 */
public record CollectiveEngineeringParticipantAdded(String factId, String engineeringId, String structureId,
		LocalDate occurredOn, LocalDate engineeringStartedOn) implements DlaFact {

	@Override
	public String subject() {
		return engineeringId;
	}

}
