package fr.pes21.reporting.accompaniment;

import java.util.List;
import java.util.function.Consumer;

import fr.pes21.contracts.MalformedFact;
import fr.pes21.contracts.accompaniment.AccompanimentFact;
import fr.pes21.reporting.facts.FactBatch;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The consumer of {@code pes21.accompaniment.events} (binding
 * {@code accompanimentFacts-in-0}): each polled batch of records becomes one bulk write
 * of the projection.
 */
@Configuration(proxyBeanMethods = false)
class AccompanimentFactsConsumer {

	@Bean
	Consumer<Message<List<byte[]>>> accompanimentFacts(AccompanimentProjection projection) {
		return (batch) -> projection
			.apply(FactBatch.read(batch, AccompanimentFact.class, AccompanimentFactsConsumer::requireComplete));
	}

	private static void requireComplete(AccompanimentFact fact) {
		if (fact.projectId() == null || fact.projectId().isBlank() || fact.programme() == null) {
			throw new MalformedFact(
					fact.getClass().getSimpleName() + " " + fact.factId() + " has no project or programme");
		}
	}

}
