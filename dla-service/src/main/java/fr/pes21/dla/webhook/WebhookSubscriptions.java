package fr.pes21.dla.webhook;

import java.time.Clock;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Creating and ending subscriptions, with their secrets: a new secret is returned once,
 * to be shown once, and is kept sealed ({@link SigningSecrets}).
 */
class WebhookSubscriptions {

	private static final int ATTEMPTS_ON_CONCURRENT_CHANGE = 3;

	private final WebhookSubscriptionRepository repository;

	private final DeliveryQueue queue;

	private final SigningSecrets secrets;

	private final Clock clock;

	WebhookSubscriptions(WebhookSubscriptionRepository repository, DeliveryQueue queue, SigningSecrets secrets,
			Clock clock) {
		this.repository = repository;
		this.queue = queue;
		this.secrets = secrets;
		this.clock = clock;
	}

	/** A new active subscription and its secret, in clear this once. */
	Subscribed subscribe(String url, String description) {
		String id = UUID.randomUUID().toString();
		String secret = this.secrets.generate();
		WebhookSubscription subscription = WebhookSubscription.create(id, url, description,
				this.secrets.seal(secret, id), this.clock.instant());
		this.repository.save(subscription);
		return new Subscribed(subscription, secret);
	}

	/** Stops a subscription: its waiting deliveries are cancelled. */
	void stop(String id) {
		WebhookSubscription subscription = this.repository.shown(id);
		subscription.stop(this.clock.instant());
		this.repository.save(subscription);
		this.queue.cancelPending(id);
	}

	/**
	 * Disables a subscription whose receiver is gone: its waiting deliveries are
	 * cancelled.
	 */
	void disable(String id, String reason) {
		for (int attempt = 1;; attempt++) {
			try {
				this.repository.findById(id).ifPresent((subscription) -> {
					subscription.disable(this.clock.instant(), reason);
					this.repository.save(subscription);
				});
				break;
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt == ATTEMPTS_ON_CONCURRENT_CHANGE) {
					throw ex;
				}
			}
		}
		this.queue.cancelPending(id);
	}

	/** The secret that signs this subscription's deliveries. */
	String secretOf(WebhookSubscription subscription) {
		return this.secrets.open(subscription.storedSecret(), subscription.id());
	}

	/**
	 * A subscription just created, with its secret.
	 *
	 * @param subscription the subscription
	 * @param secret its secret, {@code whsec_<base64>}
	 */
	record Subscribed(WebhookSubscription subscription, String secret) {
	}

}
