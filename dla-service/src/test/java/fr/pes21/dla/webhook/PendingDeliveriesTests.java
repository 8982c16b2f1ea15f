package fr.pes21.dla.webhook;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PendingDeliveriesTests {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final CountedQueue queue = new CountedQueue();

	private final PendingDeliveries pending = new PendingDeliveries(this.queue, this.meters);

	@Test
	void showsTheDeliveriesWaitingAtTheLastCount() {
		this.queue.pending = 7;
		this.pending.count();
		this.queue.pending = 9;

		assertThat(gauge()).isEqualTo(7);
		this.pending.count();
		assertThat(gauge()).isEqualTo(9);
	}

	@Test
	void keepsItsLastCountWhileMongoDbIsAway() {
		this.queue.pending = 4;
		this.pending.count();
		this.queue.away = true;

		this.pending.count();

		assertThat(gauge()).isEqualTo(4);
	}

	private double gauge() {
		return this.meters.get("pes21.webhook.pending").gauge().value();
	}

	private static final class CountedQueue extends DeliveryQueue {

		long pending;

		boolean away;

		CountedQueue() {
			super(null);
		}

		@Override
		long pending() {
			if (this.away) {
				throw new IllegalStateException("MongoDB is away");
			}
			return this.pending;
		}

	}

}
