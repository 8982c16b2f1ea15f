package fr.pes21.reporting.accompaniment;

import fr.pes21.contracts.MalformedFact;
import fr.pes21.contracts.accompaniment.AccompanimentFact;
import fr.pes21.contracts.accompaniment.StructureCreated;
import fr.pes21.reporting.facts.FactCollection;

import org.springframework.data.mongodb.core.query.Update;

/**
 * What every accompaniment fact writes in {@code accompaniment_facts}: one document keyed
 * by its {@code factId}, idempotently, withdrawals as tombstones
 * ({@link FactCollection}).
 */
final class AccompanimentProjection {

	private AccompanimentProjection() {
	}

	/**
	 * What a fact and its withdrawal both say (a withdrawal names the withdrawn fact's
	 * project, programme, date); the jobs only come with the creation itself.
	 * @throws MalformedFact when the fact has no project or programme
	 */
	static Update describing(AccompanimentFact fact) {
		if (fact.projectId() == null || fact.projectId().isBlank() || fact.programme() == null) {
			throw new MalformedFact(
					fact.getClass().getSimpleName() + " " + fact.factId() + " has no project or programme");
		}
		Update update = FactCollection
			.describing(AccompanimentFactKind.of(fact), fact.occurredOn(), fact.occurredOn().getYear())
			.setOnInsert(StoredFact.PROJECT_ID, fact.projectId())
			.setOnInsert(StoredFact.PROGRAMME, fact.programme().name());
		if (fact instanceof StructureCreated created) {
			update.setOnInsert(StoredFact.JOBS_CREATED, created.jobsCreated());
		}
		return update;
	}

}
