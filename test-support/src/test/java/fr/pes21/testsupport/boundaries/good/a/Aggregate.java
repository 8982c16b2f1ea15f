package fr.pes21.testsupport.boundaries.good.a;

import java.util.List;

import fr.pes21.platform.outbox.OutboxAggregate;

/** A feature's aggregate, as a service writes one. */
public class Aggregate extends OutboxAggregate {

	public List<PendingFact> facts() {
		return List.of(new PendingFact("id"));
	}

}
