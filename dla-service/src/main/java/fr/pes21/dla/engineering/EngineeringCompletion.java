package fr.pes21.dla.engineering;

import java.time.LocalDate;

import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;

import org.springframework.data.mongodb.core.mapping.Unwrapped;

/** The end of an engineering: the consultant's work is done. */
record EngineeringCompletion(@Unwrapped.Nullable Recorded recorded, LocalDate date) {

	String id() {
		return this.recorded.id();
	}

	boolean isActive() {
		return this.recorded.isActive();
	}

	EngineeringCompletion withdrawn(Stamp stamp) {
		return new EngineeringCompletion(this.recorded.withdrawn(stamp), this.date);
	}

}
