package fr.pes21.testsupport.boundaries.pending.y;

import fr.pes21.platform.outbox.OutboxAggregate;

/** Asks which collections hold aggregates, which only the platform's relay does. */
public class AsksForCollections {

	Object collections() {
		return OutboxAggregate.collections(null);
	}

}
