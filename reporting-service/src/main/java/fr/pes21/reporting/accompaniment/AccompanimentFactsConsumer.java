package fr.pes21.reporting.accompaniment;

import java.util.List;
import java.util.function.Consumer;

import fr.pes21.contracts.accompaniment.AccompanimentFact;
import fr.pes21.reporting.facts.FactProjections;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The consumer of {@code pes21.accompaniment.events} (binding
 * {@code accompanimentFacts-in-0}): each polled batch of records becomes one bulk write
 * of {@link AccompanimentProjection}. A fact without its project or programme goes to the
 * dead letters as malformed.
 */
@Configuration(proxyBeanMethods = false)
class AccompanimentFactsConsumer {

	@Bean
	Consumer<Message<List<byte[]>>> accompanimentFacts(FactProjections projections) {
		return projections.of("accompaniment", StoredFact.COLLECTION, AccompanimentFact.class,
				AccompanimentProjection::describing);
	}

}
