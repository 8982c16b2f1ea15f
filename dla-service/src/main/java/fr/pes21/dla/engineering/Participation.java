package fr.pes21.dla.engineering;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A structure taking part in an engineering: named at its start ({@code atStart}), or
 * added later to a collective engineering, taking part from {@code joinedOn} (the
 * engineering's start unless a later day was given).
 */
record Participation(String id, String structureId, LocalDate joinedOn, boolean atStart, Instant recordedAt,
		Instant withdrawnAt) {

	boolean isActive() {
		return this.withdrawnAt == null;
	}

	Participation withdrawn(Instant at) {
		return new Participation(this.id, this.structureId, this.joinedOn, this.atStart, this.recordedAt, at);
	}

}
