package fr.pes21.accompaniment.project;

import java.time.LocalDate;

import fr.pes21.contracts.accompaniment.MeetingKind;
import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;

import org.springframework.data.mongodb.core.mapping.Unwrapped;

/** An accompaniment meeting ("rendez-vous d'accompagnement") with the project holders. */
record Meeting(@Unwrapped.Nullable Recorded recorded, LocalDate date, MeetingKind kind, String notes) {

	String id() {
		return this.recorded.id();
	}

	boolean isActive() {
		return this.recorded.isActive();
	}

	/** The meeting, withdrawn: its notes (which may speak of the holders) go with it. */
	Meeting withdrawn(Stamp stamp) {
		return new Meeting(this.recorded.withdrawn(stamp), this.date, this.kind, null);
	}

	/** The meeting without its notes (an erasure of the holders' personal data). */
	Meeting erased() {
		return new Meeting(this.recorded, this.date, this.kind, null);
	}

}
