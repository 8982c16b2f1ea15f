package fr.pes21.accompaniment.project;

import java.time.Instant;
import java.time.LocalDate;

import fr.pes21.contracts.accompaniment.ClosureOutcome;

/** The end of the accompaniment ("fin d'accompagnement"), and how it ended. */
record Closure(String id, LocalDate date, ClosureOutcome outcome, Instant recordedAt, Instant withdrawnAt) {

	boolean isActive() {
		return this.withdrawnAt == null;
	}

	Closure withdrawn(Instant at) {
		return new Closure(this.id, this.date, this.outcome, this.recordedAt, at);
	}

}
