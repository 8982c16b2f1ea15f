package fr.pes21.platform.idempotency;

import fr.pes21.platform.outbox.OutboxAggregate;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;

/**
 * Hands every aggregate document about to be written to {@link PendingRequests}: in the
 * same write, it carries the request's key and the state before it.
 */
class PendingRequestListener extends AbstractMongoEventListener<OutboxAggregate> {

	private final PendingRequests pending;

	PendingRequestListener(PendingRequests pending) {
		this.pending = pending;
	}

	@Override
	public void onBeforeSave(BeforeSaveEvent<OutboxAggregate> event) {
		this.pending.beforeSave(event.getDocument(), event.getCollectionName());
	}

}
