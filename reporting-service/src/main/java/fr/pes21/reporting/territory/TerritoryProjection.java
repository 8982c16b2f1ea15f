package fr.pes21.reporting.territory;

import fr.pes21.contracts.MalformedFact;
import fr.pes21.contracts.territory.TerritoryFact;
import fr.pes21.reporting.facts.FactCollection;

import org.springframework.data.mongodb.core.query.Update;

/**
 * What every territory fact writes in {@code territory_facts}: one document keyed by its
 * {@code factId}, idempotently, withdrawals as tombstones ({@link FactCollection}).
 */
final class TerritoryProjection {

	private TerritoryProjection() {
	}

	/**
	 * What a fact and its withdrawal both say, as {@link StoredFact#of} reads it; the
	 * jobs only come with the stage change itself.
	 * @throws MalformedFact when the fact lacks the territory, initiative or stage the
	 * rules need
	 */
	static Update describing(TerritoryFact fact) {
		StoredFact stored = StoredFact.of(fact);
		Update update = FactCollection.describing(stored.kind(), fact.occurredOn(), fact.occurredOn().getYear())
			.setOnInsert(StoredFact.TERRITORY_ID, stored.territoryId());
		if (stored.initiativeId() != null) {
			update.setOnInsert(StoredFact.INITIATIVE_ID, stored.initiativeId());
		}
		if (stored.stage() != null) {
			update.setOnInsert(StoredFact.STAGE, stored.stage().name());
		}
		if (stored.kind() == TerritoryFactKind.STAGE_CHANGE && !stored.withdrawn()) {
			update.setOnInsert(StoredFact.JOBS, stored.jobs());
		}
		return update;
	}

}
