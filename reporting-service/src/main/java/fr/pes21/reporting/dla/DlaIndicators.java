package fr.pes21.reporting.dla;

import fr.pes21.reporting.facts.FactIndicators;
import fr.pes21.reporting.report.Figures;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts the DLA indicators of a year from the stored facts: a query projected on the
 * counted fields reads the year's documents (participants added later are filed in their
 * engineering's start year), and {@link DlaCounting} applies the rules.
 */
@Component
class DlaIndicators extends FactIndicators {

	DlaIndicators(MongoTemplate mongo) {
		super(mongo, StoredFact.COLLECTION);
	}

	@Override
	public void count(int year, Figures figures) {
		DlaCounting.count(year, ofYear(year, StoredFact.COUNTED_FIELDS, StoredFact::from), figures);
	}

}
