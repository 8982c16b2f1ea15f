package fr.pes21.territory.territory;

import java.time.LocalDate;

import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;

import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * An unmet need ("besoin non satisfait") identified on a territory, from which
 * initiatives may be born.
 */
record Need(@Unwrapped.Nullable Recorded recorded, String title, LocalDate identifiedOn) {

	String id() {
		return this.recorded.id();
	}

	boolean isActive() {
		return this.recorded.isActive();
	}

	Need withdrawn(Stamp stamp) {
		return new Need(this.recorded.withdrawn(stamp), this.title, this.identifiedOn);
	}

}
