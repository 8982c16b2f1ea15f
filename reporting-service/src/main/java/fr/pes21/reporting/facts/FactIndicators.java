package fr.pes21.reporting.facts;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.pes21.reporting.report.Figures;
import fr.pes21.reporting.report.IndicatorSource;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@link IndicatorSource} of every {@link ReadModel}: counts each context's
 * indicators of a year from the rows of its {@link FactCollection} in the generation the
 * figures are read from ({@link Generations}). Nothing is ever incremented, so the
 * figures are the same however often a fact was delivered. The collections' indexes are
 * created at start-up, and by a rebuild for the generation it builds.
 */
@Component
public class FactIndicators implements IndicatorSource {

	private final MongoTemplate mongo;

	private final Generations generations;

	private final List<ReadModel<?, ?>> models;

	FactIndicators(MongoTemplate mongo, Generations generations, List<ReadModel<?, ?>> models) {
		this.mongo = mongo;
		this.generations = generations;
		this.models = List.copyOf(models);
	}

	@EventListener(ApplicationStartedEvent.class)
	public void createIndexes() {
		createIndexes(this.generations.current());
	}

	/** Creates the indexes of a generation's collections, before they are read. */
	public void createIndexes(int generation) {
		this.models.forEach((model) -> in(model, generation).createIndexes(model.indexed()));
	}

	@Override
	public void count(int year, Figures figures) {
		// One generation for every context of the count.
		int generation = this.generations.current();
		this.models.forEach((model) -> count(model, generation, year, figures));
	}

	/** Counts the read model of that context only: the others cannot have moved. */
	@Override
	public void count(int year, String context, Figures figures) {
		int generation = this.generations.current();
		this.models.stream()
			.filter((model) -> model.context().equals(context))
			.forEach((model) -> count(model, generation, year, figures));
	}

	private <R extends FactRow> void count(ReadModel<?, R> model, int generation, int year, Figures figures) {
		FactCollection facts = in(model, generation);
		String[] fields = model.fields();
		model.count(year, new ReadModel.Rows<>() {

			@Override
			public List<R> ofYear(int year) {
				return facts.ofYear(year, fields).stream().map(model::row).toList();
			}

			@Override
			public List<R> withAnyOf(String field, Collection<String> values) {
				return facts.withAnyOf(field, values, fields).stream().map(model::row).toList();
			}

		}, figures);
	}

	@Override
	public Optional<Instant> lastEventAt() {
		int generation = this.generations.current();
		return this.models.stream()
			.map((model) -> in(model, generation).lastEventAt())
			.flatMap(Optional::stream)
			.max(Comparator.naturalOrder());
	}

	private FactCollection in(ReadModel<?, ?> model, int generation) {
		return new FactCollection(this.mongo, Generations.name(model.collection(), generation));
	}

}
