package fr.pes21.reporting.accompaniment;

import java.time.LocalDate;

import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.reporting.facts.FactCollection;
import org.bson.Document;

/**
 * What the counting rules read of a document of {@code accompaniment_facts}.
 *
 * @param kind what the fact records
 * @param projectId the project
 * @param programme the programme the project is accompanied in
 * @param occurredOn the business date, which decides the year
 * @param jobsCreated the jobs declared at a structure's creation, 0 for other facts
 * @param withdrawn whether the fact was withdrawn (it no longer counts)
 */
record StoredFact(AccompanimentFactKind kind, String projectId, Programme programme, LocalDate occurredOn,
		int jobsCreated, boolean withdrawn) {

	static final String COLLECTION = "accompaniment_facts";

	static final String PROJECT_ID = "projectId";

	static final String PROGRAMME = "programme";

	static final String JOBS_CREATED = "jobsCreated";

	static final String[] COUNTED_FIELDS = { FactCollection.KIND, PROJECT_ID, PROGRAMME, FactCollection.OCCURRED_ON,
			JOBS_CREATED };

	static StoredFact from(Document document) {
		Integer jobs = document.getInteger(JOBS_CREATED);
		return new StoredFact(AccompanimentFactKind.valueOf(document.getString(FactCollection.KIND)),
				document.getString(PROJECT_ID), Programme.valueOf(document.getString(PROGRAMME)),
				LocalDate.parse(document.getString(FactCollection.OCCURRED_ON)), (jobs != null) ? jobs : 0,
				FactCollection.withdrawn(document));
	}

}
