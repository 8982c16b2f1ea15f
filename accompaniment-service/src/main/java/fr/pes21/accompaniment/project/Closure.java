package fr.pes21.accompaniment.project;

import java.time.LocalDate;

import fr.pes21.contracts.accompaniment.ClosureOutcome;
import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;

import org.springframework.data.mongodb.core.mapping.Unwrapped;

/** The end of the accompaniment ("fin d'accompagnement"), and how it ended. */
record Closure(@Unwrapped.Nullable Recorded recorded, LocalDate date, ClosureOutcome outcome) {

	String id() {
		return this.recorded.id();
	}

	boolean isActive() {
		return this.recorded.isActive();
	}

	Closure withdrawn(Stamp stamp) {
		return new Closure(this.recorded.withdrawn(stamp), this.date, this.outcome);
	}

}
