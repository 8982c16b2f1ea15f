package fr.pes21.reporting.dla;

import fr.pes21.contracts.MalformedFact;
import fr.pes21.contracts.dla.DlaFact;
import fr.pes21.reporting.facts.FactCollection;

import org.springframework.data.mongodb.core.query.Update;

/**
 * What every DLA fact writes in {@code dla_facts}: one document keyed by its
 * {@code factId}, idempotently, withdrawals as tombstones ({@link FactCollection}).
 */
final class DlaProjection {

	private DlaProjection() {
	}

	/**
	 * What a fact and its withdrawal both say, as {@link StoredFact#of} reads it.
	 * @throws MalformedFact when the fact lacks an id or date the rules need
	 */
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
