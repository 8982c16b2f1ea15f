package fr.pes21.dla.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;

/**
 * Makes one attempt of a delivery: posts its body, signed per Standard Webhooks with the
 * reference library ({@code webhook-id} = the CloudEvent id, the same on every attempt;
 * {@code webhook-timestamp} = now, in seconds; {@code webhook-signature} =
 * {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}), and waits for the answer up to
 * the timeout. Redirects are not followed: a receiver cannot bounce the request into the
 * network.
 */
class WebhookSender {

	static final String USER_AGENT = "pes21-dla-webhooks/1";

	private final HttpClient client;

	private final Duration timeout;

	private final WebhookTargets targets;

	private final Clock clock;

	WebhookSender(Duration timeout, WebhookTargets targets, Clock clock) {
		this.client = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		this.timeout = timeout;
		this.targets = targets;
		this.clock = clock;
	}

	/**
	 * The attempt and the receiver's {@code Retry-After}, if any.
	 * @throws InterruptedException when the service stops during the attempt
	 */
	Result send(String url, String secret, WebhookDelivery delivery) throws InterruptedException {
		Instant at = this.clock.instant();
		long started = System.nanoTime();
		Optional<String> refusal = this.targets.refusal(url);
		if (refusal.isPresent()) {
			return failure(at, started, WebhookDelivery.Attempt.Outcome.FORBIDDEN_TARGET, "the URL " + refusal.get());
		}
		HttpRequest request;
		try {
			long timestamp = at.getEpochSecond();
			request = HttpRequest.newBuilder(URI.create(url))
				.timeout(this.timeout)
				.header("Content-Type", WebhookPayload.CONTENT_TYPE)
				.header("User-Agent", USER_AGENT)
				.header("webhook-id", delivery.eventId())
				.header("webhook-timestamp", Long.toString(timestamp))
				.header("webhook-signature", new Webhook(secret).sign(delivery.eventId(), timestamp, delivery.body()))
				.POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
				.build();
		}
		catch (WebhookSigningException ex) {
			throw new IllegalStateException("Cannot sign a webhook", ex);
		}
		try {
			HttpResponse<Void> response = this.client.send(request, HttpResponse.BodyHandlers.discarding());
			int status = response.statusCode();
			WebhookDelivery.Attempt.Outcome outcome = (status >= 200 && status < 300)
					? WebhookDelivery.Attempt.Outcome.SUCCEEDED
					: (status == 410) ? WebhookDelivery.Attempt.Outcome.GONE : WebhookDelivery.Attempt.Outcome.REFUSED;
			return new Result(new WebhookDelivery.Attempt(at, status, elapsedMs(started), outcome, null),
					response.headers().firstValue("Retry-After").orElse(null));
		}
		catch (HttpTimeoutException ex) {
			return failure(at, started, WebhookDelivery.Attempt.Outcome.TIMED_OUT,
					"no answer within " + this.timeout.toMillis() + " ms");
		}
		catch (IOException ex) {
			return failure(at, started, WebhookDelivery.Attempt.Outcome.UNREACHABLE, describe(ex));
		}
	}

	private static Result failure(Instant at, long started, WebhookDelivery.Attempt.Outcome outcome, String error) {
		return new Result(new WebhookDelivery.Attempt(at, null, elapsedMs(started), outcome, error), null);
	}

	/** The kind of I/O failure, e.g. "ConnectException"; never the request's content. */
	private static String describe(IOException ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return (cause == ex) ? ex.getClass().getSimpleName()
				: ex.getClass().getSimpleName() + " (" + cause.getClass().getSimpleName() + ")";
	}

	private static long elapsedMs(long started) {
		return Duration.ofNanos(System.nanoTime() - started).toMillis();
	}

	/**
	 * What came of an attempt.
	 *
	 * @param attempt the attempt, for the delivery's log
	 * @param retryAfter the receiver's {@code Retry-After}, if it sent one
	 */
	record Result(WebhookDelivery.Attempt attempt, String retryAfter) {
	}

}
