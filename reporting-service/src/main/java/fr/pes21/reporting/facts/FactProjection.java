package fr.pes21.reporting.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import fr.pes21.contracts.Fact;
import fr.pes21.contracts.MalformedFact;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/**
 * The consumer of one producing context's topic (binding {@code <context>Facts-in-0}):
 * each polled batch of records becomes one bulk write of the context's
 * {@link FactCollection}, every fact stored as its {@link ReadModel#describing} says; the
 * records that are not facts go to the topic's {@link DeadLetters}.
 * <p>
 * The read model's row also decides what is malformed: a fact it refuses with
 * {@link MalformedFact} (no structure, no project...) is a dead letter, like a record
 * that is not a fact ({@link FactBatch}). Built by {@link FactProjections}.
 *
 * @param <F> the facts the topic carries
 * @param <R> the row kept of each fact
 */
public final class FactProjection<F extends Fact, R extends FactRow> implements Consumer<Message<List<byte[]>>> {

	private static final Logger logger = LoggerFactory.getLogger(FactProjection.class);

	private final ReadModel<F, R> model;

	private final MongoTemplate mongo;

	private final Generations generations;

	private final DeadLetters deadLetters;

	private final Timer delay;

	private final ProjectedYears years;

	FactProjection(ReadModel<F, R> model, MongoTemplate mongo, Generations generations, DeadLetters deadLetters,
			Timer delay, ProjectedYears years) {
		this.model = model;
		this.mongo = mongo;
		this.generations = generations;
		this.years = years;
		this.deadLetters = deadLetters;
		this.delay = delay;
	}

	@Override
	public void accept(Message<List<byte[]>> batch) {
		FactBatch<F> read = FactBatch.read(batch, this.model.facts(), this.model::row);
		Set<Integer> touched = years(read.facts());
		tell(() -> this.years.projecting(this.model.context(), touched));
		// While a rebuild runs, into the generation it builds too: the facts it will not
		// read (published after it started) are then not lost at the swap.
		Generations.State generation = this.generations.state();
		in(generation.current()).store(read.facts(), this.model::describing);
		if (generation.rebuilding()) {
			in(generation.building()).store(read.facts(), this.model::describing);
		}
		Instant stored = Instant.now();
		// From the fact's recording (CloudEvents time) to its presence in the read model.
		read.facts().forEach((fact) -> this.delay.record(Duration.between(fact.envelope().time(), stored)));
		// After the facts: if the dead letters cannot be published, the retried batch
		// stores its facts again, which changes nothing.
		this.deadLetters.publish(read.rejected());
		tell(() -> this.years.projected(this.model.context(), touched));
	}

	/**
	 * Reads records read again by a rebuild and folds them into the writes of the
	 * generation it builds ({@link FactCollection#storing}: folded, unordered), to run on
	 * the rebuild's writer; without the dead letters (a record that is not a fact went to
	 * them when first consumed), the delay timer (it would measure the facts' age) or the
	 * live view (the figures only change at the swap).
	 * @param records records of the context's topic, in their order within each partition
	 */
	public Rebuilding rebuild(List<ConsumerRecord<byte[], byte[]>> records, int generation) {
		FactBatch<F> read = FactBatch.read(records, this.model.facts(), this.model::row);
		return new Rebuilding(in(generation).storing(read.facts(), this.model::describing), read.rejected().size());
	}

	/**
	 * Records of a rebuild, read.
	 *
	 * @param store writes their facts into the generation being built
	 * @param skipped how many of them were not facts
	 */
	public record Rebuilding(Runnable store, int skipped) {
	}

	/** The read model it stores the facts of. */
	public ReadModel<F, R> model() {
		return this.model;
	}

	private FactCollection in(int generation) {
		return new FactCollection(this.mongo, Generations.name(this.model.collection(), generation));
	}

	/** The years whose figures the facts may move ({@link ReadModel#years}). */
	private Set<Integer> years(List<ReceivedFact<F>> received) {
		Set<Integer> years = new HashSet<>();
		for (ReceivedFact<F> fact : received) {
			years.addAll(this.model.years(this.model.row(fact.fact())));
		}
		return years;
	}

	/** The live view is a by-product: its failure never holds the facts back. */
	private static void tell(Runnable listener) {
		try {
			listener.run();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not update the live figures: {}", ex.toString());
		}
	}

}
