package fr.pes21.territory.initiative;

import java.time.Instant;
import java.time.LocalDate;

/** A meeting held on an initiative; today only the steering meeting. */
record Meeting(String id, LocalDate date, MeetingKind kind, Instant recordedAt, Instant withdrawnAt) {

	boolean isActive() {
		return this.withdrawnAt == null;
	}

	Meeting withdrawn(Instant at) {
		return new Meeting(this.id, this.date, this.kind, this.recordedAt, at);
	}

}
