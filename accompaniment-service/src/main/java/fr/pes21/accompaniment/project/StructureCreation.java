package fr.pes21.accompaniment.project;

import java.time.LocalDate;

import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;

import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * The structure born from the project was created ("immatriculation"), with the jobs
 * declared at creation.
 */
record StructureCreation(@Unwrapped.Nullable Recorded recorded, LocalDate date, String legalForm, int jobsCreated) {

	String id() {
		return this.recorded.id();
	}

	boolean isActive() {
		return this.recorded.isActive();
	}

	StructureCreation withdrawn(Stamp stamp) {
		return new StructureCreation(this.recorded.withdrawn(stamp), this.date, this.legalForm, this.jobsCreated);
	}

}
