package fr.pes21.reporting.territory;

import java.util.List;
import java.util.function.Consumer;

import fr.pes21.contracts.territory.TerritoryFact;
import fr.pes21.reporting.facts.FactProjections;
import fr.pes21.reporting.facts.ReadModel;
import fr.pes21.reporting.report.Figures;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The territory read model, {@code territory_facts}: one {@link TerritoryRow} per fact of
 * {@code pes21.territory.events}, read by the consumer {@code territoryFacts} (binding
 * {@code territoryFacts-in-0}), each polled batch one bulk write; the territory
 * indicators of a year counted by {@link TerritoryCounting} from the rows of that year. A
 * fact the read model cannot store (no territory, no initiative...) goes to the dead
 * letters as malformed.
 */
@Configuration(proxyBeanMethods = false)
class TerritoryReadModel extends ReadModel<TerritoryFact, TerritoryRow> {

	TerritoryReadModel() {
		super("territory", TerritoryFact.class, TerritoryRow::of, TerritoryRow::from, TerritoryRow.FIELDS);
	}

	@Bean
	Consumer<Message<List<byte[]>>> territoryFacts(FactProjections projections) {
		return projections.of(this);
	}

	@Override
	protected void count(int year, Rows<TerritoryRow> rows, Figures figures) {
		TerritoryCounting.count(year, rows.ofYear(year), figures);
	}

}
