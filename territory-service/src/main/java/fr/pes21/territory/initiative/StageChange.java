package fr.pes21.territory.initiative;

import java.time.LocalDate;

import fr.pes21.contracts.territory.InitiativeStage;
import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;

import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * An initiative moving from {@code previousStage} to {@code stage} on {@code date};
 * {@code jobs} is declared with LAUNCHED only.
 */
record StageChange(@Unwrapped.Nullable Recorded recorded, InitiativeStage stage, InitiativeStage previousStage,
		LocalDate date, Integer jobs) {

	String id() {
		return this.recorded.id();
	}

	boolean isActive() {
		return this.recorded.isActive();
	}

	StageChange withdrawn(Stamp stamp) {
		return new StageChange(this.recorded.withdrawn(stamp), this.stage, this.previousStage, this.date, this.jobs);
	}

}
