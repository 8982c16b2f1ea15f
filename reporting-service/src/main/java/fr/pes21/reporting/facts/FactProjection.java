package fr.pes21.reporting.facts;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import fr.pes21.contracts.Fact;
import fr.pes21.contracts.MalformedFact;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

/**
 * The consumer of one producing context's topic (binding {@code <context>Facts-in-0}):
 * each polled batch of records becomes one bulk write of the context's
 * {@link FactCollection}, every fact stored as the context's {@code describing} update
 * says.
 * <p>
 * {@code describing} also decides what is malformed: a fact it refuses with
 * {@link MalformedFact} (no structure, no project...) is skipped, like a record that is
 * not a fact ({@link FactBatch}).
 *
 * @param <F> the facts the topic carries
 */
public final class FactProjection<F extends Fact> implements Consumer<Message<List<byte[]>>> {

	private final FactCollection facts;

	private final Class<F> type;

	private final Function<F, Update> describing;

	/**
	 * @param mongo the store
	 * @param collection the context's collection
	 * @param type the facts the topic carries
	 * @param describing what a fact and its withdrawal both write on their first arrival
	 * ({@link FactCollection#describing}, plus the context's own fields)
	 */
	public FactProjection(MongoTemplate mongo, String collection, Class<F> type, Function<F, Update> describing) {
		this.facts = new FactCollection(mongo, collection);
		this.type = type;
		this.describing = describing;
	}

	@Override
	public void accept(Message<List<byte[]>> batch) {
		this.facts.store(FactBatch.read(batch, this.type, this.describing::apply), this.describing);
	}

}
