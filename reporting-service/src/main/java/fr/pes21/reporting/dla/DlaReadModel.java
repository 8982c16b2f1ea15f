package fr.pes21.reporting.dla;

import java.util.List;
import java.util.function.Consumer;

import fr.pes21.contracts.dla.DlaFact;
import fr.pes21.reporting.facts.FactProjections;
import fr.pes21.reporting.facts.ReadModel;
import fr.pes21.reporting.report.Figures;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The DLA read model, {@code dla_facts}: one {@link DlaRow} per fact of
 * {@code pes21.dla.events}, read by the consumer {@code dlaFacts} (binding
 * {@code dlaFacts-in-0}), each polled batch one bulk write; the seven DLA indicators of a
 * year counted by {@link DlaCounting} from the rows of that year (a participant added
 * later is filed in its engineering's start year). A fact the read model cannot store (no
 * structure, no engineering...) goes to the dead letters.
 */
@Configuration(proxyBeanMethods = false)
class DlaReadModel extends ReadModel<DlaFact, DlaRow> {

	DlaReadModel() {
		super("dla", DlaFact.class, DlaRow::of, DlaRow::from, DlaRow.FIELDS);
	}

	@Bean
	Consumer<Message<List<byte[]>>> dlaFacts(FactProjections projections) {
		return projections.of(this);
	}

	@Override
	protected void count(int year, Rows<DlaRow> rows, Figures figures) {
		DlaCounting.count(year, rows.ofYear(year), figures);
	}

}
