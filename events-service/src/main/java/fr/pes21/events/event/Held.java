package fr.pes21.events.event;

import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;

import org.springframework.data.mongodb.core.mapping.Unwrapped;

/** The record that an event took place ("s'est tenu"). */
record Held(@Unwrapped.Nullable Recorded recorded) {

	String id() {
		return this.recorded.id();
	}

	boolean isActive() {
		return this.recorded.isActive();
	}

	Held withdrawn(Stamp stamp) {
		return new Held(this.recorded.withdrawn(stamp));
	}

}
