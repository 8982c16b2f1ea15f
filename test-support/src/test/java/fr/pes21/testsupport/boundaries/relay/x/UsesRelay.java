package fr.pes21.testsupport.boundaries.relay.x;

import fr.pes21.platform.outbox.OutboxRelay;

/** Calls the relay itself, which only the platform may do. */
public class UsesRelay {

	int relay(OutboxRelay relay) {
		return relay.relayPendingFacts();
	}

}
