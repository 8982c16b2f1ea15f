package fr.pes21.reporting.accompaniment;

import fr.pes21.reporting.facts.FactIndicators;
import fr.pes21.reporting.report.Figures;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts the accompaniment indicators of a year from the stored facts: a query projected
 * on the counted fields reads the year's documents, and {@link AccompanimentCounting}
 * applies the rules.
 */
@Component
class AccompanimentIndicators extends FactIndicators {

	AccompanimentIndicators(MongoTemplate mongo) {
		super(mongo, StoredFact.COLLECTION);
	}

	@Override
	public void count(int year, Figures figures) {
		AccompanimentCounting.count(year, ofYear(year, StoredFact.COUNTED_FIELDS, StoredFact::from), figures);
	}

}
