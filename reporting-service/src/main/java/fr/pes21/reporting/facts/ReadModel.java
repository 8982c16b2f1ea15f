package fr.pes21.reporting.facts;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import fr.pes21.contracts.Fact;
import fr.pes21.contracts.MalformedFact;
import fr.pes21.reporting.report.Figures;
import org.bson.Document;

import org.springframework.data.mongodb.core.query.Update;

/**
 * One producing context's read model, defined in one place: the facts of its topic, the
 * {@link FactRow} kept of each in its collection, the fields its queries use besides the
 * year (indexed), and how its indicators are counted from the rows.
 * <p>
 * Each context ({@code accompaniment}, {@code dla}, {@code territory}, {@code events}) is
 * one package of the same shape: a {@code <Context>ReadModel} extending this class, a
 * {@code @Configuration} that also declares its topic's consumer bean
 * {@code <context>Facts} (binding {@code <context>Facts-in-0}, built by
 * {@link FactProjections}); a {@code <Context>Row}; a {@code <Context>Counting}, the
 * rules in plain Java. {@link FactProjections}, {@link FactIndicators} and the rebuild
 * see every read model alike. Names follow the context: the collection is
 * {@code <context>_facts}, the binding {@code <context>Facts-in-0}, the metrics' tag
 * {@code context=<context>}.
 *
 * @param <F> the facts the context's topic carries
 * @param <R> the row kept of each fact
 */
public abstract class ReadModel<F extends Fact, R extends FactRow> {

	private final String context;

	private final Class<F> facts;

	private final Function<? super F, R> of;

	private final Function<Document, R> from;

	private final String[] fields;

	private final String[] indexed;

	/**
	 * @param context the producing context ({@code dla}...)
	 * @param facts the facts its topic carries
	 * @param of the row's {@code of}: what is kept of a fact or withdrawal
	 * @param from the row's {@code from}: a stored document read back
	 * @param fields the fields {@code from} reads
	 * @param indexed the fields the context's queries use besides the year
	 */
	protected ReadModel(String context, Class<F> facts, Function<? super F, R> of, Function<Document, R> from,
			String[] fields, String... indexed) {
		this.context = context;
		this.facts = facts;
		this.of = of;
		this.from = from;
		this.fields = fields.clone();
		this.indexed = indexed.clone();
	}

	/**
	 * Counts the context's indicators of {@code year} into {@code figures} from its rows.
	 */
	protected abstract void count(int year, Rows<R> rows, Figures figures);

	/**
	 * The years whose figures a fact may move, for the live view: the year its row counts
	 * in. A context whose facts can move another year (events: an attendance recorded in
	 * January for an event held the previous December) says so.
	 */
	public Set<Integer> years(R row) {
		return Set.of(row.year());
	}

	/** The producing context ({@code dla}...). */
	public final String context() {
		return this.context;
	}

	/** The context's collection, in generation 0: {@code <context>_facts}. */
	public final String collection() {
		return this.context + "_facts";
	}

	/** The facts the context's topic carries. */
	public final Class<F> facts() {
		return this.facts;
	}

	/**
	 * What the read model keeps of a fact or withdrawal.
	 * @throws MalformedFact when the fact lacks what the rules need
	 */
	public final R row(F fact) {
		return this.of.apply(fact);
	}

	/** A stored document, read by {@link #fields()}, read back. */
	public final R row(Document document) {
		return this.from.apply(document);
	}

	/**
	 * What a fact and its withdrawal both write on their first arrival: its kind, its
	 * business date, the year it counts in ({@link FactCollection#describing}) and the
	 * row's own {@link FactRow#fields()}.
	 * @throws MalformedFact when the fact lacks what the rules need
	 */
	public final Update describing(F fact) {
		R row = row(fact);
		Update update = FactCollection.describing(row.kind(), fact.occurredOn(), row.year());
		row.fields().forEach(update::setOnInsert);
		return update;
	}

	/** The fields {@link #row(Document)} reads. */
	final String[] fields() {
		return this.fields.clone();
	}

	/** The fields the context's queries use besides the year. */
	final String[] indexed() {
		return this.indexed.clone();
	}

	/**
	 * The rows of the generation the figures are read from, withdrawn ones included.
	 *
	 * @param <R> the context's row
	 */
	public interface Rows<R> {

		/** The rows that count in {@code year}. */
		List<R> ofYear(int year);

		/**
		 * The rows, of any year, whose {@code field} is one of {@code values} (the facts
		 * of some events...).
		 */
		List<R> withAnyOf(String field, Collection<String> values);

	}

}
