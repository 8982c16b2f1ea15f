package fr.pes21.reporting.facts;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import fr.pes21.contracts.Fact;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.data.mongodb.core.MongoTemplate;
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

	private final List<FactProjection<?, ?>> built = new CopyOnWriteArrayList<>();

	FactProjections(MongoTemplate mongo, DeadLetters deadLetters, MeterRegistry meters, ProjectedYears years,
			Generations generations) {
		this.years = years;
		this.generations = generations;
		this.mongo = mongo;
		this.deadLetters = deadLetters;
		this.meters = meters;
	}

	/**
	 * The consumer of a context's topic, the bean {@code <context>Facts} its
	 * {@link ReadModel} declares.
	 */
	public <F extends Fact, R extends FactRow> FactProjection<F, R> of(ReadModel<F, R> model) {
		Timer delay = Timer.builder(DELAY_METRIC)
			.description("From a fact's recording (CloudEvents time) to its storing in the read model")
			.tag("context", model.context())
			.publishPercentileHistogram()
			.register(this.meters);
		FactProjection<F, R> projection = new FactProjection<>(model, this.mongo, this.generations, this.deadLetters,
				delay, this.years);
		this.built.add(projection);
		return projection;
	}

	/** Every projection built, one per producing context: what a rebuild replays. */
	public List<FactProjection<?, ?>> all() {
		return List.copyOf(this.built);
	}

}
