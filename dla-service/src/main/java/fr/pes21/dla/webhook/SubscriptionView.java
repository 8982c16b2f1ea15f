package fr.pes21.dla.webhook;

import java.time.Instant;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A subscription as the API shows it: never its secret.
 *
 * @param id its id
 * @param url where facts are posted
 * @param description what the receiver is
 * @param status {@code ACTIVE} or {@code DISABLED}
 * @param createdAt facts recorded from then on are delivered
 * @param endedAt when it was disabled
 * @param endReason why
 */
record SubscriptionView(String id, String url, @Schema(nullable = true) String description,
		WebhookSubscription.Status status, Instant createdAt, @Schema(nullable = true) Instant endedAt,
		@Schema(nullable = true) String endReason) {

	static SubscriptionView of(WebhookSubscription subscription) {
		return new SubscriptionView(subscription.id(), subscription.url(), subscription.description(),
				subscription.status(), subscription.createdAt(), subscription.endedAt(), subscription.endReason());
	}

	/**
	 * The answer to {@code POST /api/dla/webhooks}: the only time the secret is shown.
	 *
	 * @param id the subscription's id
	 * @param url where facts are posted
	 * @param description what the receiver is
	 * @param secret the signing secret, {@code whsec_<base64>}
	 * @param createdAt facts recorded from then on are delivered
	 */
	@Schema(name = "SubscriptionWithSecret")
	record WithSecret(String id, String url, @Schema(nullable = true) String description,
			@Schema(example = "whsec_(32 random bytes in base64, shown once)") String secret, Instant createdAt) {

		static WithSecret of(WebhookSubscriptions.Subscribed subscribed) {
			WebhookSubscription subscription = subscribed.subscription();
			return new WithSecret(subscription.id(), subscription.url(), subscription.description(),
					subscribed.secret(), subscription.createdAt());
		}

	}

}
