package fr.pes21.reporting.accompaniment;

import java.util.List;

import fr.pes21.contracts.accompaniment.AccompanimentFact;
import fr.pes21.contracts.accompaniment.StructureCreated;
import fr.pes21.reporting.facts.FactCollection;
import fr.pes21.reporting.facts.ReceivedFact;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Stores every accompaniment fact as one document of {@code accompaniment_facts} keyed by
 * its {@code factId}, idempotently, withdrawals as tombstones ({@link FactCollection}).
 */
@Component
class AccompanimentProjection {

	private final FactCollection facts;

	AccompanimentProjection(MongoTemplate mongo) {
		this.facts = new FactCollection(mongo, StoredFact.COLLECTION);
	}

	void apply(List<ReceivedFact<AccompanimentFact>> facts) {
		this.facts.store(facts, AccompanimentProjection::describing);
	}

	/**
	 * What a fact and its withdrawal both say (a withdrawal names the withdrawn fact's
	 * project, programme, date); the jobs only come with the creation itself.
	 */
	static Update describing(AccompanimentFact fact) {
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
