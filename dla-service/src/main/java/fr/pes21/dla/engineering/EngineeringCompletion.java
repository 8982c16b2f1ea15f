package fr.pes21.dla.engineering;

import java.time.Instant;
import java.time.LocalDate;

/** The end of an engineering: the consultant's work is done. */
record EngineeringCompletion(String id, LocalDate date, Instant recordedAt, Instant withdrawnAt) {

	boolean isActive() {
		return this.withdrawnAt == null;
	}

	EngineeringCompletion withdrawn(Instant at) {
		return new EngineeringCompletion(this.id, this.date, this.recordedAt, at);
	}

}
