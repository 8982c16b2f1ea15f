package fr.pes21.events.event;

import java.time.Instant;

/** The cancellation of an event ("annulation"), with its reason when given. */
record Cancellation(String id, String reason, Instant recordedAt, Instant withdrawnAt) {

	boolean isActive() {
		return this.withdrawnAt == null;
	}

	Cancellation withdrawn(Instant at) {
		return new Cancellation(this.id, this.reason, this.recordedAt, at);
	}

}
