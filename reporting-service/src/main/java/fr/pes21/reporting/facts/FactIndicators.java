package fr.pes21.reporting.facts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import fr.pes21.reporting.report.IndicatorSource;
import org.bson.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The {@link IndicatorSource} of one producing context: counts its indicators of a year
 * from the documents of its {@link FactCollection}, read back with {@link #ofYear}.
 * Nothing is ever incremented, so the figures are the same however often a fact was
 * delivered. The collection's indexes are created at start-up.
 */
public abstract class FactIndicators implements IndicatorSource {

	private final MongoTemplate mongo;

	private final String collection;

	private final String[] indexedFields;

	private Generations generations;

	/**
	 * @param mongo the store
	 * @param collection the context's collection
	 * @param indexedFields fields the context queries besides the year
	 */
	protected FactIndicators(MongoTemplate mongo, String collection, String... indexedFields) {
		this.mongo = mongo;
		this.collection = collection;
		this.indexedFields = indexedFields;
	}

	/** The generation to read is told by the rebuild's {@link Generations}. */
	@Autowired
	final void readFrom(Generations generations) {
		this.generations = generations;
	}

	@EventListener(ApplicationStartedEvent.class)
	public void createIndexes() {
		createIndexes(current());
	}

	/** Creates the indexes of a generation's collection, before it is read. */
	public final void createIndexes(int generation) {
		new FactCollection(this.mongo, Generations.name(this.collection, generation)).createIndexes(this.indexedFields);
	}

	private int current() {
		return (this.generations != null) ? this.generations.current() : 0;
	}

	/** The collection of the generation the figures are read from, at this instant. */
	private FactCollection facts() {
		return new FactCollection(this.mongo, Generations.name(this.collection, current()));
	}

	/**
	 * The facts that count in {@code year}, withdrawn ones included, read from their
	 * documents projected on {@code fields}.
	 */
	protected final <S> List<S> ofYear(int year, String[] fields, Function<Document, S> reading) {
		return facts().ofYear(year, fields).stream().map(reading).toList();
	}

	/**
	 * The facts, of any year, whose {@code field} is one of {@code values} (the facts of
	 * some events...), withdrawn ones included, read like {@link #ofYear}.
	 */
	protected final <S> List<S> withAnyOf(String field, Collection<String> values, String[] fields,
			Function<Document, S> reading) {
		return facts().withAnyOf(field, values, fields).stream().map(reading).toList();
	}

	@Override
	public final Optional<Instant> lastEventAt() {
		return facts().lastEventAt();
	}

}
