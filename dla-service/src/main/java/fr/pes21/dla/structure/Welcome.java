package fr.pes21.dla.structure;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The DLA "accueil": a structure's first contact with the programme for a pathway. A
 * structure that comes back for a new pathway is welcomed again, at most once per
 * calendar year.
 */
record Welcome(String id, LocalDate date, Instant recordedAt, Instant withdrawnAt) {

	boolean isActive() {
		return this.withdrawnAt == null;
	}

	Welcome withdrawn(Instant at) {
		return new Welcome(this.id, this.date, this.recordedAt, at);
	}

}
