package fr.pes21.events.event;

import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;

import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * How many people came to a held event ("participants"), registered or not. Recording it
 * again replaces it: the previous record is withdrawn (decision 8).
 */
record Attendance(@Unwrapped.Nullable Recorded recorded, int count) {

	String id() {
		return this.recorded.id();
	}

	boolean isActive() {
		return this.recorded.isActive();
	}

	Attendance withdrawn(Stamp stamp) {
		return new Attendance(this.recorded.withdrawn(stamp), this.count);
	}

}
