package fr.pes21.contracts.dla;

import java.time.LocalDate;

/**
 * A structure was added to a collective engineering after its start. It takes part from
 * {@code occurredOn}: the engineering's start, or a later day it joined, never the day it
 * was typed in. It counts in the engineering's start year ({@code engineeringStartedOn}).
 * {@code factId} is the participation id.
 */
public record CollectiveEngineeringParticipantAdded(String factId, String engineeringId, String structureId,
		LocalDate occurredOn, LocalDate engineeringStartedOn) implements DlaFact {

	@Override
	public String subject() {
		return engineeringId;
	}

}
