package fr.pes21.territory.initiative;

import java.time.Instant;
import java.time.LocalDate;

import fr.pes21.contracts.territory.InitiativeStage;

/**
 * An initiative moving from {@code previousStage} to {@code stage} on {@code date};
 * {@code jobs} is declared with LAUNCHED only.
 */
record StageChange(String id, InitiativeStage stage, InitiativeStage previousStage, LocalDate date, Integer jobs,
		Instant recordedAt, Instant withdrawnAt) {

	boolean isActive() {
		return this.withdrawnAt == null;
	}

	StageChange withdrawn(Instant at) {
		return new StageChange(this.id, this.stage, this.previousStage, this.date, this.jobs, this.recordedAt, at);
	}

}
