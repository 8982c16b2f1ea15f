package fr.pes21.dla.webhook;

import java.time.Instant;
import java.util.List;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A delivery and its attempts, as the API shows them (never its body).
 *
 * @param id its id
 * @param eventId the CloudEvent id, sent as {@code webhook-id}
 * @param eventType the CloudEvent type
 * @param eventTime when the fact was recorded
 * @param status {@code PENDING}, {@code SUCCEEDED}, {@code FAILED} or {@code CANCELLED}
 * @param nextAttemptAt when it is next attempted, while pending
 * @param attempts every attempt, oldest first
 * @param createdAt when the fact reached the service
 */
record DeliveryView(String id, String eventId, String eventType, Instant eventTime, WebhookDelivery.Status status,
		@Schema(nullable = true) Instant nextAttemptAt, List<AttemptView> attempts, Instant createdAt) {

	static DeliveryView of(WebhookDelivery delivery) {
		return new DeliveryView(delivery.id(), delivery.eventId(), delivery.eventType(), delivery.eventTime(),
				delivery.status(),
				(delivery.status() == WebhookDelivery.Status.PENDING) ? delivery.nextAttemptAt() : null,
				delivery.attempts().stream().map(AttemptView::of).toList(), delivery.createdAt());
	}

	/**
	 * One attempt.
	 *
	 * @param at when it started
	 * @param statusCode the receiver's answer, {@code null} when it did not answer
	 * @param durationMs how long it took
	 * @param outcome {@code SUCCEEDED}, {@code REFUSED} (another status code),
	 * {@code GONE} (410), {@code TIMED_OUT}, {@code UNREACHABLE} or
	 * {@code FORBIDDEN_TARGET}
	 * @param error what went wrong when the receiver did not answer
	 */
	record AttemptView(Instant at, @Schema(nullable = true) Integer statusCode, long durationMs,
			WebhookDelivery.Attempt.Outcome outcome, @Schema(nullable = true) String error) {

		static AttemptView of(WebhookDelivery.Attempt attempt) {
			return new AttemptView(attempt.at(), attempt.statusCode(), attempt.durationMs(), attempt.outcome(),
					attempt.error());
		}

	}

}
