package fr.pes21.reporting.facts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import fr.pes21.reporting.report.IndicatorSource;
import org.bson.Document;

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

	private final FactCollection facts;

	private final String[] indexedFields;

	/**
	 * @param mongo the store
	 * @param collection the context's collection
	 * @param indexedFields fields the context queries besides the year
	 */
	protected FactIndicators(MongoTemplate mongo, String collection, String... indexedFields) {
		this.facts = new FactCollection(mongo, collection);
		this.indexedFields = indexedFields;
	}

	@EventListener(ApplicationStartedEvent.class)
	public void createIndexes() {
		this.facts.createIndexes(this.indexedFields);
	}

	/**
	 * The facts that count in {@code year}, withdrawn ones included, read from their
	 * documents projected on {@code fields}.
	 */
	protected final <S> List<S> ofYear(int year, String[] fields, Function<Document, S> reading) {
		return this.facts.ofYear(year, fields).stream().map(reading).toList();
	}

	/**
	 * The facts, of any year, whose {@code field} is one of {@code values} (the facts of
	 * some events...), withdrawn ones included, read like {@link #ofYear}.
	 */
	protected final <S> List<S> withAnyOf(String field, Collection<String> values, String[] fields,
			Function<Document, S> reading) {
		return this.facts.withAnyOf(field, values, fields).stream().map(reading).toList();
	}

	@Override
	public final Optional<Instant> lastEventAt() {
		return this.facts.lastEventAt();
	}

}
