package fr.pes21.dla.structure;

import java.time.LocalDate;

import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;

import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * The completion of a shared diagnostic: a fact with an id of its own
 * ({@code DiagnosticCompleted}), so that a completion withdrawn by mistake can be
 * recorded again under a new id.
 */
record DiagnosticCompletion(@Unwrapped.Nullable Recorded recorded, LocalDate date) {

	String id() {
		return this.recorded.id();
	}

	boolean isActive() {
		return this.recorded.isActive();
	}

	DiagnosticCompletion withdrawn(Stamp stamp) {
		return new DiagnosticCompletion(this.recorded.withdrawn(stamp), this.date);
	}

}
