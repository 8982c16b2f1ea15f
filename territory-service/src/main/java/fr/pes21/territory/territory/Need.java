package fr.pes21.territory.territory;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An unmet need ("besoin non satisfait") identified on a territory, from which
 * initiatives may be born.
 */
record Need(String id, String title, LocalDate identifiedOn, Instant recordedAt, Instant withdrawnAt) {

	boolean isActive() {
		return this.withdrawnAt == null;
	}

	Need withdrawn(Instant at) {
		return new Need(this.id, this.title, this.identifiedOn, this.recordedAt, at);
	}

}
