package fr.pes21.dla.structure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;

import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * The shared diagnostic ("diagnostic partagé") of the structure's situation and needs,
 * started on a day and completed on another. Its completion is the fact that counts, with
 * an id of its own: a completion withdrawn by mistake can be recorded again, under a new
 * id; every completion ever recorded stays in {@code completions}, the latest last.
 *
 * @param completionId the id of the completion of a document stored before
 * {@code completions} (docs/decisions/0019), moved into {@code completions} when read;
 * absent from documents written since, like {@code completedOn} and
 * {@code completionWithdrawnAt}
 */
record Diagnostic(@Unwrapped.Nullable Recorded recorded, LocalDate startedOn, List<String> needs,
		List<DiagnosticCompletion> completions, String completionId, LocalDate completedOn,
		Instant completionWithdrawnAt) {

	Diagnostic {
		needs = (needs != null) ? List.copyOf(needs) : List.of();
		completions = (completions != null) ? List.copyOf(completions) : List.of();
		if (completions.isEmpty() && completedOn != null) {
			// A completion recorded before completions had ids of their own has the
			// diagnostic's (published as DiagnosticCompleted version 1, whose fact id is
			// the diagnostic id).
			completions = List
				.of(new DiagnosticCompletion(new Recorded((completionId != null) ? completionId : recorded.id(), null,
						null, completionWithdrawnAt, null), completedOn));
		}
		completionId = null;
		completedOn = null;
		completionWithdrawnAt = null;
	}

	static Diagnostic started(Recorded recorded, LocalDate startedOn, List<String> needs) {
		return new Diagnostic(recorded, startedOn, needs, List.of(), null, null, null);
	}

	String id() {
		return this.recorded.id();
	}

	boolean isActive() {
		return this.recorded.isActive();
	}

	boolean isCompleted() {
		return completion().isPresent();
	}

	/** The completion standing, if any. */
	Optional<DiagnosticCompletion> completion() {
		return this.completions.isEmpty() ? Optional.empty()
				: Optional.of(this.completions.getLast()).filter(DiagnosticCompletion::isActive);
	}

	/** The id of the completion standing, {@code null} without one. */
	String activeCompletionId() {
		return completion().map(DiagnosticCompletion::id).orElse(null);
	}

	/** The day of the completion standing, {@code null} without one. */
	LocalDate completedDate() {
		return completion().map(DiagnosticCompletion::date).orElse(null);
	}

	Diagnostic completed(Recorded completion, LocalDate on) {
		List<DiagnosticCompletion> all = new ArrayList<>(this.completions);
		all.add(new DiagnosticCompletion(completion, on));
		return new Diagnostic(this.recorded, this.startedOn, this.needs, all, null, null, null);
	}

	Diagnostic withCompletionWithdrawn(Stamp stamp) {
		List<DiagnosticCompletion> all = new ArrayList<>(this.completions);
		all.set(all.size() - 1, all.getLast().withdrawn(stamp));
		return new Diagnostic(this.recorded, this.startedOn, this.needs, all, null, null, null);
	}

	Diagnostic withdrawn(Stamp stamp) {
		return new Diagnostic(this.recorded.withdrawn(stamp), this.startedOn, this.needs, this.completions, null, null,
				null);
	}

}
