package fr.pes21.platform.outbox;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/**
 * Wakes the relay as soon as an aggregate with pending facts is saved, so facts reach
 * Kafka without delay.
 */
class OutboxSaveListener extends AbstractMongoEventListener<OutboxAggregate> {

	private final OutboxRelay relay;

	OutboxSaveListener(OutboxRelay relay) {
		this.relay = relay;
	}

	@Override
	public void onAfterSave(AfterSaveEvent<OutboxAggregate> event) {
		if (!event.getSource().pendingFacts().isEmpty()) {
			this.relay.wakeUp(event.getCollectionName());
		}
	}

}
