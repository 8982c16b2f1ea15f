package fr.pes21.dla.engineering;

import java.time.LocalDate;

import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;

import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * A structure taking part in an engineering: named at its start ({@code atStart}), or
 * added later to a collective engineering, taking part from {@code joinedOn} (the
 * engineering's start unless a later day was given).
 */
record Participation(@Unwrapped.Nullable Recorded recorded, String structureId, LocalDate joinedOn, boolean atStart) {

	String id() {
		return this.recorded.id();
	}

	boolean isActive() {
		return this.recorded.isActive();
	}

	Participation withdrawn(Stamp stamp) {
		return new Participation(this.recorded.withdrawn(stamp), this.structureId, this.joinedOn, this.atStart);
	}

}
