package fr.pes21.reporting.accompaniment;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import fr.pes21.reporting.report.Figures;
import fr.pes21.reporting.report.IndicatorSource;
import org.bson.Document;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Counts the accompaniment indicators of a year from the stored facts: a query projected
 * on the counted fields reads the year's documents, and {@link AccompanimentCounting}
 * applies the rules. Nothing is ever incremented, so the figures are the same however
 * often a fact was delivered.
 */
@Component
class AccompanimentIndicators implements IndicatorSource {

	private final MongoTemplate mongo;

	AccompanimentIndicators(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@EventListener(ApplicationStartedEvent.class)
	void createIndexes() {
		var indexes = this.mongo.indexOps(StoredFact.COLLECTION);
		indexes.createIndex(new Index(StoredFact.YEAR, Sort.Direction.ASC));
		indexes.createIndex(new Index(StoredFact.LAST_EVENT_TIME, Sort.Direction.DESC));
	}

	@Override
	public void count(int year, Figures figures) {
		Query ofYear = Query.query(Criteria.where(StoredFact.YEAR).is(year));
		ofYear.fields().include(StoredFact.COUNTED_FIELDS);
		List<StoredFact> facts = this.mongo.find(ofYear, Document.class, StoredFact.COLLECTION)
			.stream()
			.map(StoredFact::from)
			.toList();
		AccompanimentCounting.count(year, facts, figures);
	}

	@Override
	public Optional<Instant> lastEventAt() {
		Query latest = new Query().with(Sort.by(Sort.Direction.DESC, StoredFact.LAST_EVENT_TIME)).limit(1);
		latest.fields().include(StoredFact.LAST_EVENT_TIME);
		return Optional.ofNullable(this.mongo.findOne(latest, Document.class, StoredFact.COLLECTION))
			.map((document) -> document.getDate(StoredFact.LAST_EVENT_TIME))
			.map(Date::toInstant);
	}

}
