package fr.pes21.reporting.dla;

import java.util.List;

import fr.pes21.contracts.dla.DlaFact;
import fr.pes21.reporting.facts.FactCollection;
import fr.pes21.reporting.facts.ReceivedFact;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Stores every DLA fact as one document of {@code dla_facts} keyed by its {@code factId},
 * idempotently, withdrawals as tombstones ({@link FactCollection}).
 */
@Component
class DlaProjection {

	private final FactCollection facts;

	DlaProjection(MongoTemplate mongo) {
		this.facts = new FactCollection(mongo, StoredFact.COLLECTION);
	}

	void apply(List<ReceivedFact<DlaFact>> facts) {
		this.facts.store(facts, DlaProjection::describing);
	}

	/** What a fact and its withdrawal both say, as {@link StoredFact#of} reads it. */
	static Update describing(DlaFact fact) {
		StoredFact stored = StoredFact.of(fact);
		Update update = FactCollection.describing(stored.kind(), fact.occurredOn(), stored.year())
			.setOnInsert(StoredFact.STRUCTURE_IDS, stored.structureIds());
		if (stored.engineeringId() != null) {
			update.setOnInsert(StoredFact.ENGINEERING_ID, stored.engineeringId());
		}
		return update;
	}

}
