package fr.pes21.reporting.facts;

import java.util.regex.Pattern;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which generation of the fact collections the figures are read from, and which one a
 * rebuild is filling. Generation 0 is the collections' plain names ({@code dla_facts}),
 * generation {@code n} their names suffixed {@code _g<n>}. Both are kept in one small
 * document ({@value #COLLECTION}), read by every request and every consumed batch (a
 * lookup by id), so a rebuild's swap is one write that every instance sees.
 */
@Component
public class Generations {

	/** The document naming the current generation. */
	public static final String COLLECTION = "reporting_generation";

	private static final String ID = "current";

	private static final String GENERATION = "generation";

	private static final String BUILDING = "building";

	private static final Pattern SUFFIX = Pattern.compile("_g\\d+$");

	private final MongoTemplate mongo;

	Generations(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * The generations at one instant, read together.
	 *
	 * @param current the one the figures are read from
	 * @param building the one a rebuild is filling, or {@code -1}
	 */
	public record State(int current, int building) {

		public boolean rebuilding() {
			return this.building >= 0;
		}

	}

	/** The name of a collection in a generation. */
	public static String name(String collection, int generation) {
		return (generation == 0) ? collection : collection + "_g" + generation;
	}

	/** The collection a generation's name stands for. */
	public static String base(String name) {
		return SUFFIX.matcher(name).replaceFirst("");
	}

	/** The generations now, read together from the document. */
	public State state() {
		Document stored = this.mongo.findById(ID, Document.class, COLLECTION);
		return (stored != null) ? new State(stored.getInteger(GENERATION, 0), stored.getInteger(BUILDING, -1))
				: new State(0, -1);
	}

	public int current() {
		return state().current();
	}

	/**
	 * Starts filling the next generation: from now on every consumed batch is stored in
	 * it too. One rebuild at a time is the caller's business.
	 * @return the generation to build
	 */
	public int startBuilding() {
		int next = current() + 1;
		write(new Update().set(BUILDING, next));
		return next;
	}

	/**
	 * The figures switch to the built generation in one write, which also ends the
	 * building.
	 */
	public void swapTo(int generation) {
		write(new Update().set(GENERATION, generation).set(BUILDING, -1));
	}

	/** Gives up the generation being built; the figures stay where they were. */
	public void abandon() {
		write(new Update().set(BUILDING, -1));
	}

	private void write(Update update) {
		this.mongo.upsert(Query.query(Criteria.where("_id").is(ID)), update, COLLECTION);
	}

}
