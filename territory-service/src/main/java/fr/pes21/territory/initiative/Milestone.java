package fr.pes21.territory.initiative;

import java.time.LocalDate;

import fr.pes21.contracts.territory.MilestoneKind;
import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;

import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * A step an initiative reached ("jalon"): founding general assembly, statutes, ESUS
 * approval, premises, funding, first hire, opening, inauguration... Its label stays here.
 */
record Milestone(@Unwrapped.Nullable Recorded recorded, MilestoneKind kind, LocalDate date, String label) {

	String id() {
		return this.recorded.id();
	}

	boolean isActive() {
		return this.recorded.isActive();
	}

	Milestone withdrawn(Stamp stamp) {
		return new Milestone(this.recorded.withdrawn(stamp), this.kind, this.date, this.label);
	}

}
