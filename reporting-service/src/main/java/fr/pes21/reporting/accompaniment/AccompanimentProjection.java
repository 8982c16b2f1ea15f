package fr.pes21.reporting.accompaniment;

import java.util.Date;
import java.util.List;

import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.Withdrawal;
import fr.pes21.contracts.accompaniment.AccompanimentFact;
import fr.pes21.contracts.accompaniment.StructureCreated;
import fr.pes21.reporting.facts.ReceivedFact;
import org.bson.Document;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Stores every accompaniment fact as one document of {@code accompaniment_facts} keyed by
 * its {@code factId}, one bulk write per consumed batch. Every write is an upsert that is
 * safe to apply again, so a duplicate delivery or a replay of the topic changes nothing:
 * <ul>
 * <li>a fact writes its fields with {@code $setOnInsert}: only its first arrival writes
 * them;</li>
 * <li>a withdrawal marks the document withdrawn, creating it as a tombstone if the fact
 * has not arrived yet, so a late or duplicated delivery of the fact can never bring it
 * back.</li>
 * </ul>
 */
@Component
class AccompanimentProjection {

	private final MongoTemplate mongo;

	AccompanimentProjection(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void apply(List<ReceivedFact<AccompanimentFact>> facts) {
		if (facts.isEmpty()) {
			return;
		}
		// Ordered: a fact and its withdrawal in one batch are applied in the order they
		// were published.
		BulkOperations bulk = this.mongo.bulkOps(BulkMode.ORDERED, StoredFact.COLLECTION);
		for (ReceivedFact<AccompanimentFact> received : facts) {
			AccompanimentFact fact = received.fact();
			Query byFactId = Query.query(Criteria.where("_id").is(fact.factId()));
			Update update = (fact instanceof Withdrawal) ? withdrawal(fact, received.envelope())
					: recording(fact, received.envelope());
			bulk.upsert(byFactId, update);
		}
		bulk.execute();
	}

	static Update recording(AccompanimentFact fact, FactEnvelope envelope) {
		Update update = identifying(fact).setOnInsert(StoredFact.TYPE, envelope.type())
			.setOnInsert(StoredFact.EVENT_ID, envelope.id())
			.setOnInsert(StoredFact.EVENT_TIME, Date.from(envelope.time()))
			.max(StoredFact.LAST_EVENT_TIME, Date.from(envelope.time()));
		if (fact instanceof StructureCreated created) {
			update.setOnInsert(StoredFact.JOBS_CREATED, created.jobsCreated());
		}
		return update;
	}

	static Update withdrawal(AccompanimentFact fact, FactEnvelope envelope) {
		Document withdrawal = new Document(StoredFact.EVENT_ID, envelope.id()).append(StoredFact.TYPE, envelope.type())
			.append(StoredFact.EVENT_TIME, Date.from(envelope.time()));
		return identifying(fact).set(StoredFact.WITHDRAWN, true)
			.set(StoredFact.WITHDRAWAL, withdrawal)
			.max(StoredFact.LAST_EVENT_TIME, Date.from(envelope.time()));
	}

	/**
	 * What a fact and its withdrawal both say (a withdrawal names the withdrawn fact's
	 * project, programme, date).
	 */
	private static Update identifying(AccompanimentFact fact) {
		return new Update().setOnInsert(StoredFact.KIND, AccompanimentFactKind.of(fact).name())
			.setOnInsert(StoredFact.PROJECT_ID, fact.projectId())
			.setOnInsert(StoredFact.PROGRAMME, fact.programme().name())
			.setOnInsert(StoredFact.OCCURRED_ON, fact.occurredOn().toString())
			.setOnInsert(StoredFact.YEAR, fact.occurredOn().getYear());
	}

}
