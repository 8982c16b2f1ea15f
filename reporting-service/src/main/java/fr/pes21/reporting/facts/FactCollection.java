package fr.pes21.reporting.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import fr.pes21.contracts.Fact;
import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.Withdrawal;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The MongoDB collection holding the facts of one producing context: one document per
 * fact, {@code _id} = {@code factId}, one bulk write per consumed batch. Every write is
 * an upsert that is safe to apply again, so a duplicate delivery or a replay of the topic
 * changes nothing (docs/decisions/0006):
 * <ul>
 * <li>a fact writes its fields with {@code $setOnInsert}: only its first arrival writes
 * them;</li>
 * <li>a withdrawal marks the document withdrawn, creating it as a tombstone if the fact
 * has not arrived yet, so a late or duplicated delivery of the fact can never bring it
 * back.</li>
 * </ul>
 * What a context stores of its facts is its {@link ReadModel}'s
 * {@link ReadModel#describing describing} update; its counting rules read the documents
 * of a year back with {@link #ofYear}.
 */
public final class FactCollection {

	/** What the fact records (the context's kind enum, by name). */
	public static final String KIND = "kind";

	/** The business date, ISO {@code yyyy-MM-dd}. */
	public static final String OCCURRED_ON = "occurredOn";

	/** The year of business dates the fact counts in. */
	public static final String YEAR = "year";

	/** Whether the fact was withdrawn (it no longer counts). */
	public static final String WITHDRAWN = "withdrawn";

	static final String TYPE = "type";

	private static final String ID = "_id";

	/** From this many facts on, their updates are made in parallel. */
	private static final int PARALLEL = 256;

	private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

	private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

	static final String EVENT_ID = "eventId";

	static final String EVENT_TIME = "eventTime";

	static final String WITHDRAWAL = "withdrawal";

	/**
	 * The latest CloudEvents time applied to the document: its fact's or its
	 * withdrawal's.
	 */
	static final String LAST_EVENT_TIME = "lastEventTime";

	private final MongoTemplate mongo;

	private final String name;

	public FactCollection(MongoTemplate mongo, String name) {
		this.mongo = mongo;
		this.name = name;
	}

	/** The collection's name. */
	String name() {
		return this.name;
	}

	/**
	 * What a fact and its withdrawal both write on their first arrival: the kind, the
	 * business date and the year the fact counts in. A context adds its own fields
	 * (ids...) with further {@code setOnInsert}, under names other than those this class
	 * writes ({@code type}, {@code eventId}, {@code eventTime}, {@code withdrawn},
	 * {@code withdrawal}, {@code lastEventTime}), which would overwrite them.
	 */
	public static Update describing(Enum<?> kind, LocalDate occurredOn, int year) {
		return new Update().setOnInsert(KIND, kind.name())
			.setOnInsert(OCCURRED_ON, occurredOn.toString())
			.setOnInsert(YEAR, year);
	}

	/**
	 * Stores the facts of a batch in one ordered bulk write: a fact and its withdrawal in
	 * one batch are applied in the order they were published.
	 * @param describing the read model's {@link ReadModel#describing} update of a fact or
	 * withdrawal
	 */
	public <T extends Fact> void store(List<ReceivedFact<T>> facts, Function<? super T, Update> describing) {
		if (facts.isEmpty()) {
			return;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkMode.ORDERED, this.name);
		for (ReceivedFact<T> received : facts) {
			T fact = received.fact();
			bulk.upsert(Query.query(Criteria.where("_id").is(fact.factId())),
					update(fact, describing.apply(fact), received.envelope()));
		}
		bulk.execute();
	}

	/**
	 * Stores the facts of a batch, with the same result as {@link #store}, in fewer and
	 * cheaper writes: what a rebuild does with the thousands of facts it reads at once.
	 * <p>
	 * The facts and withdrawals of each id are first folded into one write, exactly what
	 * applying them in order would write: the fields of the first to arrive (written only
	 * if the id is not stored yet), the last withdrawal, the latest time. The writes of
	 * the batch then no longer depend on each other and go in one unordered bulk,
	 * straight to the driver. An id with no withdrawal in the batch is inserted whole; if
	 * it is stored already (the binder's consumer stores what it consumes during a
	 * rebuild too), it is upserted as {@link #store} would, which changes at most its
	 * latest time.
	 * @param describing the read model's {@link ReadModel#describing} update of a fact or
	 * withdrawal
	 */
	public <T extends Fact> void storeAll(List<ReceivedFact<T>> facts, Function<? super T, Update> describing) {
		storing(facts, describing).run();
	}

	/**
	 * {@link #storeAll}, in two steps: folds the facts now and returns the write, to run
	 * on another thread while the next batch is read.
	 */
	public <T extends Fact> Runnable storing(List<ReceivedFact<T>> facts, Function<? super T, Update> describing) {
		if (facts.isEmpty()) {
			return () -> {
			};
		}
		QueryMapper ids = new QueryMapper(this.mongo.getConverter());
		// Each update on its own (in parallel for thousands), then folded in order.
		Stream<ReceivedFact<T>> each = (facts.size() >= PARALLEL) ? facts.parallelStream() : facts.stream();
		List<Update> updates = each
			.map((received) -> update(received.fact(), describing.apply(received.fact()), received.envelope()))
			.toList();
		Map<String, Folded> byId = new LinkedHashMap<>();
		for (int i = 0; i < facts.size(); i++) {
			byId.computeIfAbsent(facts.get(i).fact().factId(), (id) -> new Folded(ids.convertId(id)))
				.add(updates.get(i));
		}
		List<Folded> folded = List.copyOf(byId.values());
		List<WriteModel<Document>> writes = folded.stream().map(Folded::write).toList();
		return () -> this.mongo.execute(this.name, (collection) -> {
			try {
				collection.bulkWrite(writes, UNORDERED);
			}
			catch (MongoBulkWriteException ex) {
				List<WriteModel<Document>> again = new ArrayList<>();
				for (BulkWriteError error : ex.getWriteErrors()) {
					Folded failed = folded.get(error.getIndex());
					if (ex.getWriteConcernError() != null || error.getCategory() != ErrorCategory.DUPLICATE_KEY
							|| failed.withdrawal != null) {
						throw ex;
					}
					again.add(failed.upsert());
				}
				collection.bulkWrite(again, UNORDERED);
			}
			return null;
		});
	}

	/** The upsert of one received fact or withdrawal. */
	static Update update(Fact fact, Update describing, FactEnvelope envelope) {
		Date time = Date.from(envelope.time());
		if (fact instanceof Withdrawal) {
			Document withdrawal = new Document(EVENT_ID, envelope.id()).append(TYPE, envelope.type())
				.append(EVENT_TIME, time);
			return describing.set(WITHDRAWN, true).set(WITHDRAWAL, withdrawal).max(LAST_EVENT_TIME, time);
		}
		return describing.setOnInsert(TYPE, envelope.type())
			.setOnInsert(EVENT_ID, envelope.id())
			.setOnInsert(EVENT_TIME, time)
			.max(LAST_EVENT_TIME, time);
	}

	/**
	 * Indexes for {@link #ofYear}, {@link #lastEventAt} and the given fields of
	 * {@link #withAnyOf}; creating them again is a no-op.
	 */
	public void createIndexes(String... fields) {
		var indexes = this.mongo.indexOps(this.name);
		indexes.createIndex(new Index(YEAR, Sort.Direction.ASC));
		indexes.createIndex(new Index(LAST_EVENT_TIME, Sort.Direction.DESC));
		for (String field : fields) {
			indexes.createIndex(new Index(field, Sort.Direction.ASC));
		}
	}

	/**
	 * The documents of the facts that count in {@code year}, withdrawn ones included,
	 * projected on the given fields and {@link #WITHDRAWN}.
	 */
	public List<Document> ofYear(int year, String... fields) {
		Query ofYear = Query.query(Criteria.where(YEAR).is(year));
		ofYear.fields().include(fields).include(WITHDRAWN);
		return this.mongo.find(ofYear, Document.class, this.name);
	}

	/**
	 * The documents, of any year, whose {@code field} is one of {@code values}, withdrawn
	 * ones included, projected like {@link #ofYear}.
	 */
	public List<Document> withAnyOf(String field, Collection<String> values, String... fields) {
		if (values.isEmpty()) {
			return List.of();
		}
		Query withAnyOf = Query.query(Criteria.where(field).in(values));
		withAnyOf.fields().include(fields).include(WITHDRAWN);
		return this.mongo.find(withAnyOf, Document.class, this.name);
	}

	/** The CloudEvents time of the latest fact or withdrawal stored, if any. */
	public Optional<Instant> lastEventAt() {
		Query latest = new Query().with(Sort.by(Sort.Direction.DESC, LAST_EVENT_TIME)).limit(1);
		latest.fields().include(LAST_EVENT_TIME);
		return Optional.ofNullable(this.mongo.findOne(latest, Document.class, this.name))
			.map((document) -> document.getDate(LAST_EVENT_TIME))
			.map(Date::toInstant);
	}

	/**
	 * The updates of one id in a batch, in order, folded into the one write they amount
	 * to.
	 */
	private static final class Folded {

		private final Object id;

		private Document setOnInsert;

		private Document withdrawal;

		private Date lastEventTime;

		Folded(Object id) {
			this.id = id;
		}

		void add(Update update) {
			Document operations = update.getUpdateObject();
			if (this.setOnInsert == null) {
				this.setOnInsert = operations.get("$setOnInsert", Document.class);
			}
			if (operations.get("$set") instanceof Document set) {
				this.withdrawal = set;
			}
			Date time = operations.get("$max", Document.class).getDate(LAST_EVENT_TIME);
			if (this.lastEventTime == null || time.after(this.lastEventTime)) {
				this.lastEventTime = time;
			}
		}

		/** The whole document when only facts came, else the upsert. */
		WriteModel<Document> write() {
			if (this.withdrawal != null) {
				return upsert();
			}
			Document document = new Document(ID, this.id);
			document.putAll(this.setOnInsert);
			document.put(LAST_EVENT_TIME, this.lastEventTime);
			return new InsertOneModel<>(document);
		}

		WriteModel<Document> upsert() {
			Document update = new Document("$setOnInsert", this.setOnInsert).append("$max",
					new Document(LAST_EVENT_TIME, this.lastEventTime));
			if (this.withdrawal != null) {
				update.append("$set", this.withdrawal);
			}
			return new UpdateOneModel<>(new Document(ID, this.id), update, UPSERT);
		}

	}

	/** Whether a document read by {@link #ofYear} is withdrawn. */
	public static boolean withdrawn(Document document) {
		return Boolean.TRUE.equals(document.getBoolean(WITHDRAWN));
	}

}
