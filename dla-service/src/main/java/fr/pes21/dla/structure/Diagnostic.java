package fr.pes21.dla.structure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The shared diagnostic ("diagnostic partagé") of the structure's situation and needs,
 * started on a day and completed on another. Its completion is the fact that counts; once
 * withdrawn ({@code completionWithdrawnAt}), the completion cannot be recorded again on
 * the same diagnostic (see the README).
 */
record Diagnostic(String id, LocalDate startedOn, LocalDate completedOn, List<String> needs, Instant recordedAt,
		Instant completionWithdrawnAt, Instant withdrawnAt) {

	Diagnostic {
		needs = (needs != null) ? List.copyOf(needs) : List.of();
	}

	boolean isActive() {
		return this.withdrawnAt == null;
	}

	boolean isCompleted() {
		return this.completedOn != null && this.completionWithdrawnAt == null;
	}

	boolean hadItsCompletionWithdrawn() {
		return this.completionWithdrawnAt != null;
	}

	Diagnostic completed(LocalDate on) {
		return new Diagnostic(this.id, this.startedOn, on, this.needs, this.recordedAt, null, this.withdrawnAt);
	}

	Diagnostic withCompletionWithdrawn(Instant at) {
		return new Diagnostic(this.id, this.startedOn, this.completedOn, this.needs, this.recordedAt, at,
				this.withdrawnAt);
	}

	Diagnostic withdrawn(Instant at) {
		return new Diagnostic(this.id, this.startedOn, this.completedOn, this.needs, this.recordedAt,
				this.completionWithdrawnAt, at);
	}

}
