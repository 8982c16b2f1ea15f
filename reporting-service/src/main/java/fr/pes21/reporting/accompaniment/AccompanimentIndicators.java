package fr.pes21.reporting.accompaniment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.pes21.reporting.facts.FactCollection;
import fr.pes21.reporting.report.Figures;
import fr.pes21.reporting.report.IndicatorSource;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts the accompaniment indicators of a year from the stored facts: a query projected
 * on the counted fields reads the year's documents, and {@link AccompanimentCounting}
 * applies the rules. Nothing is ever incremented, so the figures are the same however
 * often a fact was delivered.
 */
@Component
class AccompanimentIndicators implements IndicatorSource {

	private final FactCollection facts;

	AccompanimentIndicators(MongoTemplate mongo) {
		this.facts = new FactCollection(mongo, StoredFact.COLLECTION);
	}

	@EventListener(ApplicationStartedEvent.class)
	void createIndexes() {
		this.facts.createIndexes();
	}

	@Override
	public void count(int year, Figures figures) {
		List<StoredFact> facts = this.facts.ofYear(year, StoredFact.COUNTED_FIELDS)
			.stream()
			.map(StoredFact::from)
			.toList();
		AccompanimentCounting.count(year, facts, figures);
	}

	@Override
	public Optional<Instant> lastEventAt() {
		return this.facts.lastEventAt();
	}

}
