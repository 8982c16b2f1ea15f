package fr.pes21.reporting.dla;

import java.util.List;
import java.util.function.Consumer;

import fr.pes21.contracts.dla.DlaFact;
import fr.pes21.reporting.facts.FactProjections;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The consumer of {@code pes21.dla.events} (binding {@code dlaFacts-in-0}): each polled
 * batch of records becomes one bulk write of {@link DlaProjection}. A fact the read model
 * cannot store (no structure, no engineering...) goes to the dead letters.
 */
@Configuration(proxyBeanMethods = false)
class DlaFactsConsumer {

	@Bean
	Consumer<Message<List<byte[]>>> dlaFacts(FactProjections projections) {
		return projections.of("dla", StoredFact.COLLECTION, DlaFact.class, DlaProjection::describing);
	}

}
