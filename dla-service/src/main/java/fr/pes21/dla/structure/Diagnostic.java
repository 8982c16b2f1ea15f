package fr.pes21.dla.structure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The shared diagnostic ("diagnostic partagé") of the structure's situation and needs,
 * started on a day and completed on another. Its completion is the fact that counts, with
 * an id of its own ({@code completionId}): a completion withdrawn by mistake
 * ({@code completionWithdrawnAt}) can be recorded again, under a new id.
 */
record Diagnostic(String id, LocalDate startedOn, String completionId, LocalDate completedOn, List<String> needs,
		Instant recordedAt, Instant completionWithdrawnAt, Instant withdrawnAt) {

	Diagnostic {
		needs = (needs != null) ? List.copyOf(needs) : List.of();
	}

	/**
	 * The id of the latest completion. A completion recorded before completions had ids
	 * of their own has the diagnostic's (it was published as {@code DiagnosticCompleted}
	 * version 1, whose fact id is the diagnostic id).
	 */
	@Override
	public String completionId() {
		return (this.completionId != null || this.completedOn == null) ? this.completionId : this.id;
	}

	boolean isActive() {
		return this.withdrawnAt == null;
	}

	boolean isCompleted() {
		return this.completedOn != null && this.completionWithdrawnAt == null;
	}

	Diagnostic completed(String newCompletionId, LocalDate on) {
		return new Diagnostic(this.id, this.startedOn, newCompletionId, on, this.needs, this.recordedAt, null,
				this.withdrawnAt);
	}

	Diagnostic withCompletionWithdrawn(Instant at) {
		return new Diagnostic(this.id, this.startedOn, completionId(), this.completedOn, this.needs, this.recordedAt,
				at, this.withdrawnAt);
	}

	Diagnostic withdrawn(Instant at) {
		return new Diagnostic(this.id, this.startedOn, completionId(), this.completedOn, this.needs, this.recordedAt,
				this.completionWithdrawnAt, at);
	}

}
