package fr.pes21.accompaniment.project;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A post-creation review ("bilan post-création") of the structure, often run by a
 * volunteer.
 */
record PostCreationReview(String id, LocalDate date, String notes, Instant recordedAt, Instant withdrawnAt) {

	boolean isActive() {
		return this.withdrawnAt == null;
	}

	PostCreationReview withdrawn(Instant at) {
		return new PostCreationReview(this.id, this.date, this.notes, this.recordedAt, at);
	}

}
