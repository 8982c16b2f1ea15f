package fr.pes21.reporting.facts;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import fr.pes21.contracts.Fact;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link FactProjection} of each producing context with what every projection
 * shares (the store, the dead letters, the projection delay timer, the live figures told
 * of the years each batch touched).
 */
@Component
public class FactProjections {

	private final MongoTemplate mongo;

	/** From a fact's CloudEvents {@code time} to its storing in the read model. */
	public static final String DELAY_METRIC = "pes21.reporting.projection.delay";

	private final DeadLetters deadLetters;

	private final MeterRegistry meters;

	private final ProjectedYears years;

	private final Generations generations;

	private final List<FactProjection<?>> built = new CopyOnWriteArrayList<>();

	FactProjections(MongoTemplate mongo, DeadLetters deadLetters, MeterRegistry meters, ProjectedYears years,
			Generations generations) {
		this.years = years;
		this.generations = generations;
		this.mongo = mongo;
		this.deadLetters = deadLetters;
		this.meters = meters;
	}

	/**
	 * The consumer of a context's topic.
	 * @param context the producing context ({@code dla}...)
	 * @param collection the context's collection
	 * @param type the facts the topic carries
	 * @param describing what a fact and its withdrawal both write on their first arrival
	 * ({@link FactCollection#describing}, plus the context's own fields)
	 */
	public <F extends Fact> FactProjection<F> of(String context, String collection, Class<F> type,
			Function<F, Update> describing) {
		Timer delay = Timer.builder(DELAY_METRIC)
			.description("From a fact's recording (CloudEvents time) to its storing in the read model")
			.tag("context", context)
			.publishPercentileHistogram()
			.register(this.meters);
		FactProjection<F> projection = new FactProjection<>(context, this.mongo, collection, this.generations, type,
				describing, this.deadLetters, delay, this.years);
		this.built.add(projection);
		return projection;
	}

	/** Every projection built, one per producing context: what a rebuild replays. */
	public List<FactProjection<?>> all() {
		return List.copyOf(this.built);
	}

}
