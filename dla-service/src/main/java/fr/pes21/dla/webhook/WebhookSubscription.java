package fr.pes21.dla.webhook;

import java.time.Instant;
import java.util.Locale;

import fr.pes21.platform.problem.RuleViolation;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A receiver of the DLA facts (the regional DLA network): every fact recorded after the
 * subscription was created is posted to its URL, signed with its own secret, until an
 * administrator stops it or the receiver answers {@code 410 Gone}.
 */
@Document("webhook_subscriptions")
class WebhookSubscription {

	@Id
	private String id;

	@Version
	private Long version;

	private String url;

	private String description;

	/** The signing secret as {@link SigningSecrets#seal} keeps it; never shown. */
	private String storedSecret;

	private Instant createdAt;

	private Status status;

	private Instant endedAt;

	private String endReason;

	private WebhookSubscription() {
	}

	static WebhookSubscription create(String id, String url, String description, String storedSecret,
			Instant createdAt) {
		WebhookSubscription subscription = new WebhookSubscription();
		subscription.id = id;
		subscription.url = url;
		subscription.description = description;
		subscription.storedSecret = storedSecret;
		subscription.createdAt = createdAt;
		subscription.status = Status.ACTIVE;
		return subscription;
	}

	/** Whether a fact recorded at this time goes to this subscription. */
	boolean receives(Instant factRecordedAt) {
		return this.status == Status.ACTIVE && !factRecordedAt.isBefore(this.createdAt);
	}

	/** An administrator stops the subscription ({@code DELETE}): nothing more is sent. */
	void stop(Instant now) {
		end(Status.STOPPED, now, "stopped by an administrator");
	}

	/** The receiver said it is gone for good ({@code 410}): nothing more is sent. */
	void disable(Instant now, String reason) {
		if (this.status == Status.ACTIVE) {
			end(Status.DISABLED, now, reason);
		}
	}

	/** Whether deliveries of this subscription may be sent (again). */
	void requireActive() {
		if (this.status != Status.ACTIVE) {
			throw new RuleViolation("This subscription is " + this.status.name().toLowerCase(Locale.ROOT) + " ("
					+ this.endReason + "): its deliveries are no longer sent; create a new subscription.");
		}
	}

	private void end(Status status, Instant now, String reason) {
		this.status = status;
		this.endedAt = now;
		this.endReason = reason;
	}

	String id() {
		return this.id;
	}

	String url() {
		return this.url;
	}

	String description() {
		return this.description;
	}

	String storedSecret() {
		return this.storedSecret;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Status status() {
		return this.status;
	}

	boolean isActive() {
		return this.status == Status.ACTIVE;
	}

	Instant endedAt() {
		return this.endedAt;
	}

	String endReason() {
		return this.endReason;
	}

	@Schema(name = "SubscriptionStatus")
	enum Status {

		/** Facts are delivered. */
		ACTIVE,
		/** The receiver answered {@code 410 Gone}. */
		DISABLED,
		/** Stopped by an administrator; no longer shown by the API. */
		STOPPED

	}

}
