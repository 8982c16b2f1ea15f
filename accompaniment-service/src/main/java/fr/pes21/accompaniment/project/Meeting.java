package fr.pes21.accompaniment.project;

import java.time.Instant;
import java.time.LocalDate;

import fr.pes21.contracts.accompaniment.MeetingKind;

/** An accompaniment meeting ("rendez-vous d'accompagnement") with the project holders. */
record Meeting(String id, LocalDate date, MeetingKind kind, String notes, Instant recordedAt, Instant withdrawnAt) {

	boolean isActive() {
		return this.withdrawnAt == null;
	}

	Meeting withdrawn(Instant at) {
		return new Meeting(this.id, this.date, this.kind, this.notes, this.recordedAt, at);
	}

}
