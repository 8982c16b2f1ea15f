package fr.pes21.dla.webhook;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * The deliveries waiting for an attempt (their first or a retry) or being attempted, in
 * {@value #METRIC}. Counted every {@code pes21.webhooks.pending-refresh} (5 s), never
 * during a scrape, which must not wait for MongoDB: while MongoDB is away, the gauge
 * keeps its last count.
 */
class PendingDeliveries {

	static final String METRIC = "pes21.webhook.pending";

	private static final Logger log = LoggerFactory.getLogger(PendingDeliveries.class);

	private final DeliveryQueue queue;

	private final AtomicLong pending = new AtomicLong();

	PendingDeliveries(DeliveryQueue queue, MeterRegistry meters) {
		this.queue = queue;
		Gauge.builder(METRIC, this.pending, AtomicLong::get)
			.description("Webhook deliveries waiting for an attempt or being attempted")
			.register(meters);
	}

	@Scheduled(fixedDelayString = "${pes21.webhooks.pending-refresh:PT5S}")
	void count() {
		try {
			this.pending.set(this.queue.pending());
		}
		catch (RuntimeException ex) {
			log.debug("Could not count the pending webhook deliveries: {}", ex.toString());
		}
	}

}
