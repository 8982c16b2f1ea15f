package fr.pes21.reporting.accompaniment;

import java.time.LocalDate;

import fr.pes21.contracts.accompaniment.Programme;
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

	static final String KIND = "kind";

	static final String TYPE = "type";

	static final String PROJECT_ID = "projectId";

	static final String PROGRAMME = "programme";

	static final String OCCURRED_ON = "occurredOn";

	static final String YEAR = "year";

	static final String JOBS_CREATED = "jobsCreated";

	static final String EVENT_ID = "eventId";

	static final String EVENT_TIME = "eventTime";

	static final String WITHDRAWN = "withdrawn";

	static final String WITHDRAWAL = "withdrawal";

	/**
	 * The latest CloudEvents time applied to the document: its fact's or its
	 * withdrawal's.
	 */
	static final String LAST_EVENT_TIME = "lastEventTime";

	static final String[] COUNTED_FIELDS = { KIND, PROJECT_ID, PROGRAMME, OCCURRED_ON, JOBS_CREATED, WITHDRAWN };

	static StoredFact from(Document document) {
		Integer jobs = document.getInteger(JOBS_CREATED);
		return new StoredFact(AccompanimentFactKind.valueOf(document.getString(KIND)), document.getString(PROJECT_ID),
				Programme.valueOf(document.getString(PROGRAMME)), LocalDate.parse(document.getString(OCCURRED_ON)),
				(jobs != null) ? jobs : 0, Boolean.TRUE.equals(document.getBoolean(WITHDRAWN)));
	}

}
