package fr.pes21.dla.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One fact to deliver to one subscription, with the log of its attempts. Its id is
 * derived from the pair (subscription, fact), so a fact consumed twice makes no second
 * delivery. The body is the CloudEvent in JSON structured mode, built once, so every
 * attempt sends the same bytes under the same {@code webhook-id}.
 *
 * @param id derived from {@code subscriptionId} and {@code eventId}
 * @param subscriptionId the receiver
 * @param eventId the CloudEvent id, sent as {@code webhook-id}
 * @param eventType the CloudEvent type
 * @param eventTime when the fact was recorded
 * @param body what is posted
 * @param status where the delivery stands
 * @param scheduleStep the position in the retry schedule of the next (or last) attempt
 * @param nextAttemptAt when it is due (while {@code PENDING}); while a sender holds it,
 * when its claim lapses
 * @param claim the token of the sender holding it, if any
 * @param attempts every attempt, in order
 * @param createdAt when the fact reached the service
 */
@Document("webhook_deliveries")
@CompoundIndexes({ @CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}"),
		@CompoundIndex(name = "of_subscription", def = "{'subscriptionId': 1, 'createdAt': -1}") })
record WebhookDelivery(@Id String id, String subscriptionId, String eventId, String eventType, Instant eventTime,
		String body, Status status, int scheduleStep, Instant nextAttemptAt, String claim, List<Attempt> attempts,
		Instant createdAt) {

	static WebhookDelivery pending(String subscriptionId, String eventId, String eventType, Instant eventTime,
			String body, Instant dueAt, Instant now) {
		return new WebhookDelivery(idOf(subscriptionId, eventId), subscriptionId, eventId, eventType, eventTime, body,
				Status.PENDING, 0, dueAt, null, List.of(), now);
	}

	static String idOf(String subscriptionId, String eventId) {
		return UUID.nameUUIDFromBytes((subscriptionId + "\n" + eventId).getBytes(StandardCharsets.UTF_8)).toString();
	}

	WebhookDelivery {
		attempts = (attempts != null) ? List.copyOf(attempts) : List.of();
	}

	/** The number the next attempt will have, from 1. */
	int nextAttemptNumber() {
		return this.attempts.size() + 1;
	}

	@Schema(name = "DeliveryStatus")
	enum Status {

		/** Waiting for its next attempt, or being attempted. */
		PENDING,
		/** A receiver answered 2xx. */
		SUCCEEDED,
		/**
		 * Every attempt of the schedule failed, or the receiver is gone: only a manual
		 * retry sends it again.
		 */
		FAILED,
		/** Its subscription was stopped or disabled before it was sent. */
		CANCELLED

	}

	/**
	 * One attempt.
	 *
	 * @param at when it started
	 * @param statusCode the receiver's answer, if it answered
	 * @param durationMs how long it took
	 * @param outcome what came of it
	 * @param error what went wrong, when the receiver did not answer
	 */
	record Attempt(Instant at, Integer statusCode, long durationMs, Outcome outcome, String error) {

		@Schema(name = "AttemptOutcome")
		enum Outcome {

			/** 2xx. */
			SUCCEEDED,
			/** Another status code. */
			REFUSED,
			/** 410: the subscription is disabled. */
			GONE,
			/** No answer within the timeout. */
			TIMED_OUT,
			/** No connection, or it broke. */
			UNREACHABLE,
			/** The URL now resolves inside the network: nothing was sent. */
			FORBIDDEN_TARGET

		}

	}

}
