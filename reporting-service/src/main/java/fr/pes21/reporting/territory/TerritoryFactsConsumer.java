package fr.pes21.reporting.territory;

import java.util.List;
import java.util.function.Consumer;

import fr.pes21.contracts.territory.TerritoryFact;
import fr.pes21.reporting.facts.FactProjections;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The consumer of {@code pes21.territory.events} (binding {@code territoryFacts-in-0}):
 * each polled batch of records becomes one bulk write of {@link TerritoryProjection}. A
 * fact the read model cannot store (no territory, no initiative...) goes to the dead
 * letters as malformed.
 */
@Configuration(proxyBeanMethods = false)
class TerritoryFactsConsumer {

	@Bean
	Consumer<Message<List<byte[]>>> territoryFacts(FactProjections projections) {
		return projections.of("territory", StoredFact.COLLECTION, TerritoryFact.class, TerritoryProjection::describing);
	}

}
