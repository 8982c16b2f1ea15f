package fr.pes21.dla.structure;

import java.time.LocalDate;

import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;

import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * A follow-up meeting with the structure; today only the post-engineering follow-up
 * ("suivi post-ingénierie").
 */
record FollowUp(@Unwrapped.Nullable Recorded recorded, LocalDate date, FollowUpKind kind) {

	String id() {
		return this.recorded.id();
	}

	boolean isActive() {
		return this.recorded.isActive();
	}

	FollowUp withdrawn(Stamp stamp) {
		return new FollowUp(this.recorded.withdrawn(stamp), this.date, this.kind);
	}

}
