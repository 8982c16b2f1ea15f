package fr.pes21.territory.initiative;

import java.time.LocalDate;

import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;

import org.springframework.data.mongodb.core.mapping.Unwrapped;

/** A meeting held on an initiative; today only the steering meeting. */
record Meeting(@Unwrapped.Nullable Recorded recorded, LocalDate date, MeetingKind kind) {

	String id() {
		return this.recorded.id();
	}

	boolean isActive() {
		return this.recorded.isActive();
	}

	Meeting withdrawn(Stamp stamp) {
		return new Meeting(this.recorded.withdrawn(stamp), this.date, this.kind);
	}

}
