package fr.pes21.dla.structure;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up meeting with the structure; today only the post-engineering follow-up
 * ("suivi post-ingénierie").
 */
record FollowUp(String id, LocalDate date, FollowUpKind kind, Instant recordedAt, Instant withdrawnAt) {

	boolean isActive() {
		return this.withdrawnAt == null;
	}

	FollowUp withdrawn(Instant at) {
		return new FollowUp(this.id, this.date, this.kind, this.recordedAt, at);
	}

}
