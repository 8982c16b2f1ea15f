package fr.pes21.events.event;

import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;

import org.springframework.data.mongodb.core.mapping.Unwrapped;

/** The cancellation of an event ("annulation"), with its reason when given. */
record Cancellation(@Unwrapped.Nullable Recorded recorded, String reason) {

	String id() {
		return this.recorded.id();
	}

	boolean isActive() {
		return this.recorded.isActive();
	}

	Cancellation withdrawn(Stamp stamp) {
		return new Cancellation(this.recorded.withdrawn(stamp), this.reason);
	}

}
