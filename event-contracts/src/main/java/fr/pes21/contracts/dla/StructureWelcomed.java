package fr.pes21.contracts.dla;

import java.time.LocalDate;

/**
 * A structure was welcomed ("accueil") into the DLA; {@code factId} is the welcome id.
 */
public record StructureWelcomed(String factId, String structureId, LocalDate occurredOn) implements DlaFact {

	@Override
	public String subject() {
		return structureId;
	}

}
