package fr.pes21.dla.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.dla.DlaFact;

/**
 * Turns the DLA facts consumed from Kafka into deliveries: one per fact and subscription
 * that was active when the fact was recorded. Consuming a fact again changes nothing: its
 * deliveries already exist.
 */
class WebhookFanOut {

	private final WebhookSubscriptionRepository subscriptions;

	private final DeliveryQueue queue;

	private final RetrySchedule schedule;

	private final WebhookDispatcher dispatcher;

	private final Clock clock;

	WebhookFanOut(WebhookSubscriptionRepository subscriptions, DeliveryQueue queue, RetrySchedule schedule,
			WebhookDispatcher dispatcher, Clock clock) {
		this.subscriptions = subscriptions;
		this.queue = queue;
		this.schedule = schedule;
		this.dispatcher = dispatcher;
		this.clock = clock;
	}

	void accept(List<Fact> facts) {
		if (facts.isEmpty()) {
			return;
		}
		List<WebhookSubscription> active = this.subscriptions.findByStatus(WebhookSubscription.Status.ACTIVE);
		if (active.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		List<WebhookDelivery> deliveries = new ArrayList<>();
		for (Fact fact : facts) {
			String body = null;
			for (WebhookSubscription subscription : active) {
				if (subscription.receives(fact.envelope().time())) {
					body = (body != null) ? body : WebhookPayload.of(fact.envelope(), fact.fact());
					deliveries
						.add(WebhookDelivery.pending(subscription.id(), fact.envelope().id(), fact.envelope().type(),
								fact.envelope().time(), body, this.schedule.firstAttempt(now), now));
				}
			}
		}
		this.queue.enqueue(deliveries);
		if (!deliveries.isEmpty()) {
			this.dispatcher.wake();
		}
	}

	/**
	 * A DLA fact as consumed.
	 *
	 * @param envelope its CloudEvent attributes
	 * @param fact its data
	 */
	record Fact(FactEnvelope envelope, DlaFact fact) {
	}

}
