package fr.pes21.reporting.accompaniment;

import java.util.List;
import java.util.function.Consumer;

import fr.pes21.contracts.accompaniment.AccompanimentFact;
import fr.pes21.reporting.facts.FactProjections;
import fr.pes21.reporting.facts.ReadModel;
import fr.pes21.reporting.report.Figures;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The accompaniment read model, {@code accompaniment_facts}: one {@link AccompanimentRow}
 * per fact of {@code pes21.accompaniment.events}, read by the consumer
 * {@code accompanimentFacts} (binding {@code accompanimentFacts-in-0}), each polled batch
 * one bulk write; the accompaniment indicators of a year counted by
 * {@link AccompanimentCounting} from the rows of that year. A fact without its project or
 * programme goes to the dead letters as malformed.
 */
@Configuration(proxyBeanMethods = false)
class AccompanimentReadModel extends ReadModel<AccompanimentFact, AccompanimentRow> {

	AccompanimentReadModel() {
		super("accompaniment", AccompanimentFact.class, AccompanimentRow::of, AccompanimentRow::from,
				AccompanimentRow.FIELDS);
	}

	@Bean
	Consumer<Message<List<byte[]>>> accompanimentFacts(FactProjections projections) {
		return projections.of(this);
	}

	@Override
	protected void count(int year, Rows<AccompanimentRow> rows, Figures figures) {
		AccompanimentCounting.count(year, rows.ofYear(year), figures);
	}

}
