package fr.pes21.reporting.accompaniment;

import java.time.LocalDate;

import fr.pes21.contracts.MalformedFact;
import fr.pes21.contracts.Withdrawal;
import fr.pes21.contracts.accompaniment.AccompanimentFact;
import fr.pes21.contracts.accompaniment.AccompanimentMeetingHeld;
import fr.pes21.contracts.accompaniment.AccompanimentMeetingWithdrawn;
import fr.pes21.contracts.accompaniment.PostCreationReviewDone;
import fr.pes21.contracts.accompaniment.PostCreationReviewWithdrawn;
import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.contracts.accompaniment.ProjectClosed;
import fr.pes21.contracts.accompaniment.ProjectClosureWithdrawn;
import fr.pes21.contracts.accompaniment.ProjectWelcomeWithdrawn;
import fr.pes21.contracts.accompaniment.ProjectWelcomed;
import fr.pes21.contracts.accompaniment.StructureCreated;
import fr.pes21.contracts.accompaniment.StructureCreationWithdrawn;
import fr.pes21.reporting.facts.FactCollection;
import fr.pes21.reporting.facts.FactRow;
import org.bson.Document;

import static fr.pes21.reporting.accompaniment.AccompanimentRow.Kind.CLOSURE;
import static fr.pes21.reporting.accompaniment.AccompanimentRow.Kind.MEETING;
import static fr.pes21.reporting.accompaniment.AccompanimentRow.Kind.POST_CREATION_REVIEW;
import static fr.pes21.reporting.accompaniment.AccompanimentRow.Kind.STRUCTURE_CREATION;
import static fr.pes21.reporting.accompaniment.AccompanimentRow.Kind.WELCOME;

/**
 * What the accompaniment read model keeps of a fact: one document of
 * {@code accompaniment_facts}, as the counting rules read it.
 *
 * @param kind what the fact records
 * @param projectId the project
 * @param programme the programme the project is accompanied in
 * @param occurredOn the business date, which decides the year
 * @param jobsCreated the jobs declared at a structure's creation, 0 for other facts and
 * withdrawals
 * @param withdrawn whether the fact was withdrawn (it no longer counts)
 */
record AccompanimentRow(Kind kind, String projectId, Programme programme, LocalDate occurredOn, int jobsCreated,
		boolean withdrawn) implements FactRow {

	/**
	 * What an accompaniment fact records, whether it arrived as the fact or as its
	 * withdrawal.
	 */
	enum Kind {

		WELCOME, MEETING, STRUCTURE_CREATION, POST_CREATION_REVIEW, CLOSURE

	}

	static final String PROJECT_ID = "projectId";

	static final String PROGRAMME = "programme";

	static final String JOBS_CREATED = "jobsCreated";

	/** What {@link #from} reads. */
	static final String[] FIELDS = { FactCollection.KIND, PROJECT_ID, PROGRAMME, FactCollection.OCCURRED_ON,
			JOBS_CREATED };

	/**
	 * What the read model keeps of a fact or a withdrawal (which names the withdrawn
	 * fact's project, programme and date); the jobs only come with the creation itself.
	 * @throws MalformedFact when the fact has no project or programme
	 */
	static AccompanimentRow of(AccompanimentFact fact) {
		if (fact.projectId() == null || fact.projectId().isBlank() || fact.programme() == null) {
			throw new MalformedFact(
					fact.getClass().getSimpleName() + " " + fact.factId() + " has no project or programme");
		}
		Kind kind = switch (fact) {
			case ProjectWelcomed welcome -> WELCOME;
			case ProjectWelcomeWithdrawn welcome -> WELCOME;
			case AccompanimentMeetingHeld meeting -> MEETING;
			case AccompanimentMeetingWithdrawn meeting -> MEETING;
			case StructureCreated creation -> STRUCTURE_CREATION;
			case StructureCreationWithdrawn creation -> STRUCTURE_CREATION;
			case PostCreationReviewDone review -> POST_CREATION_REVIEW;
			case PostCreationReviewWithdrawn review -> POST_CREATION_REVIEW;
			case ProjectClosed closure -> CLOSURE;
			case ProjectClosureWithdrawn closure -> CLOSURE;
			default -> throw new MalformedFact(
					fact.getClass().getSimpleName() + " is not an accompaniment fact the report knows");
		};
		int jobsCreated = (fact instanceof StructureCreated created) ? created.jobsCreated() : 0;
		return new AccompanimentRow(kind, fact.projectId(), fact.programme(), fact.occurredOn(), jobsCreated,
				fact instanceof Withdrawal);
	}

	/** A document of {@code accompaniment_facts} read back. */
	static AccompanimentRow from(Document document) {
		Integer jobs = document.getInteger(JOBS_CREATED);
		return new AccompanimentRow(Kind.valueOf(document.getString(FactCollection.KIND)),
				document.getString(PROJECT_ID), Programme.valueOf(document.getString(PROGRAMME)),
				LocalDate.parse(document.getString(FactCollection.OCCURRED_ON)), (jobs != null) ? jobs : 0,
				FactCollection.withdrawn(document));
	}

	@Override
	public int year() {
		return this.occurredOn.getYear();
	}

	@Override
	public Document fields() {
		Document fields = new Document(PROJECT_ID, this.projectId).append(PROGRAMME, this.programme.name());
		if (this.kind == STRUCTURE_CREATION && !this.withdrawn) {
			fields.append(JOBS_CREATED, this.jobsCreated);
		}
		return fields;
	}

}
