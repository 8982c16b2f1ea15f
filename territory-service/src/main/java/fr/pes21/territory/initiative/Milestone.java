package fr.pes21.territory.initiative;

import java.time.Instant;
import java.time.LocalDate;

import fr.pes21.contracts.territory.MilestoneKind;

/**
 * A step an initiative reached ("jalon"): founding general assembly, statutes, ESUS
 * approval, premises, funding, first hire, opening, inauguration... Its label stays here.
 */
record Milestone(String id, MilestoneKind kind, LocalDate date, String label, Instant recordedAt, Instant withdrawnAt) {

	boolean isActive() {
		return this.withdrawnAt == null;
	}

	Milestone withdrawn(Instant at) {
		return new Milestone(this.id, this.kind, this.date, this.label, this.recordedAt, at);
	}

}
