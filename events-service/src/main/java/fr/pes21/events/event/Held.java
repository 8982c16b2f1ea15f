package fr.pes21.events.event;

import java.time.Instant;

/** The record that an event took place ("s'est tenu"). */
record Held(String id, Instant recordedAt, Instant withdrawnAt) {

	boolean isActive() {
		return this.withdrawnAt == null;
	}

	Held withdrawn(Instant at) {
		return new Held(this.id, this.recordedAt, at);
	}

}
