package fr.pes21.dla.structure;

import java.time.LocalDate;

import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;

import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * The DLA "accueil": a structure's first contact with the programme for a pathway. A
 * structure that comes back for a new pathway is welcomed again, at most once per
 * calendar year.
 */
record Welcome(@Unwrapped.Nullable Recorded recorded, LocalDate date) {

	String id() {
		return this.recorded.id();
	}

	boolean isActive() {
		return this.recorded.isActive();
	}

	Welcome withdrawn(Stamp stamp) {
		return new Welcome(this.recorded.withdrawn(stamp), this.date);
	}

}
