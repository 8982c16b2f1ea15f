package fr.pes21.accompaniment.project;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The structure born from the project was created ("immatriculation"), with the jobs
 * declared at creation.
 */
record StructureCreation(String id, LocalDate date, String legalForm, int jobsCreated, Instant recordedAt,
		Instant withdrawnAt) {

	boolean isActive() {
		return this.withdrawnAt == null;
	}

	StructureCreation withdrawn(Instant at) {
		return new StructureCreation(this.id, this.date, this.legalForm, this.jobsCreated, this.recordedAt, at);
	}

}
