package fr.pes21.events.event;

import java.time.Instant;

/**
 * How many people came to a held event ("participants"), registered or not. Recording it
 * again replaces it: the previous record is withdrawn (decision 8).
 */
record Attendance(String id, int count, Instant recordedAt, Instant withdrawnAt) {

	boolean isActive() {
		return this.withdrawnAt == null;
	}

	Attendance withdrawn(Instant at) {
		return new Attendance(this.id, this.count, this.recordedAt, at);
	}

}
