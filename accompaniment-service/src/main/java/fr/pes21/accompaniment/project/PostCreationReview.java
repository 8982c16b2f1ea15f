package fr.pes21.accompaniment.project;

import java.time.LocalDate;

import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;

import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * A post-creation review ("bilan post-création") of the structure, often run by a
 * volunteer.
 */
record PostCreationReview(@Unwrapped.Nullable Recorded recorded, LocalDate date, String notes) {

	String id() {
		return this.recorded.id();
	}

	boolean isActive() {
		return this.recorded.isActive();
	}

	/** The review, withdrawn: its notes (which may speak of the holders) go with it. */
	PostCreationReview withdrawn(Stamp stamp) {
		return new PostCreationReview(this.recorded.withdrawn(stamp), this.date, null);
	}

	/** The review without its notes (an erasure of the holders' personal data). */
	PostCreationReview erased() {
		return new PostCreationReview(this.recorded, this.date, null);
	}

}
