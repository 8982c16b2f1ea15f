package fr.pes21.dla.structure;

import java.time.Instant;
import java.time.LocalDate;

/** The DLA "accueil": first contact of a structure with the programme. */
record Welcome(String id, LocalDate date, Instant recordedAt, Instant withdrawnAt) {

	boolean isActive() {
		return this.withdrawnAt == null;
	}

	Welcome withdrawn(Instant at) {
		return new Welcome(this.id, this.date, this.recordedAt, at);
	}

}
