package fr.pes21.reporting.territory;

import fr.pes21.reporting.facts.FactIndicators;
import fr.pes21.reporting.report.Figures;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts the territory indicators of a year from the stored facts: a query projected on
 * the counted fields reads the year's documents, and {@link TerritoryCounting} applies
 * the rules.
 */
@Component
class TerritoryIndicators extends FactIndicators {

	TerritoryIndicators(MongoTemplate mongo) {
		super(mongo, StoredFact.COLLECTION);
	}

	@Override
	public void count(int year, Figures figures) {
		TerritoryCounting.count(year, ofYear(year, StoredFact.COUNTED_FIELDS, StoredFact::from), figures);
	}

}
