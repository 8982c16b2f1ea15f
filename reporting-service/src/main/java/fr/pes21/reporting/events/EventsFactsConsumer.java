package fr.pes21.reporting.events;

import java.util.List;
import java.util.function.Consumer;

import fr.pes21.contracts.events.EventFact;
import fr.pes21.reporting.facts.FactProjections;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The consumer of {@code pes21.events.events} (binding {@code eventsFacts-in-0}; the
 * topic keeps the name of the rule {@code pes21.<context>.events}, decision 8): each
 * polled batch of records becomes one bulk write of {@link EventsProjection}. A fact the
 * read model cannot store (no event, an event held without its kind) goes to the dead
 * letters as malformed.
 */
@Configuration(proxyBeanMethods = false)
class EventsFactsConsumer {

	@Bean
	Consumer<Message<List<byte[]>>> eventsFacts(FactProjections projections) {
		return projections.of("events", StoredFact.COLLECTION, EventFact.class, EventsProjection::describing);
	}

}
