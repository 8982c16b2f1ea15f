package fr.pes21.dla.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Sends the due deliveries, never from a request thread: woken when the consumer of the
 * DLA topic has queued new deliveries, and every {@code pes21.webhooks.poll-interval} for
 * the retries that came due. Up to {@code pes21.webhooks.concurrency} senders (virtual
 * threads) work at once: the dispatcher claims in MongoDB as many due deliveries as there
 * are idle senders, so that several replicas share the work without sending anything
 * twice, and a delivery left behind by a stopped instance is taken again when its claim
 * lapses.
 * <p>
 * Every attempt is logged (time, status code, duration) in the delivery and in the
 * service's log, which names the delivery, the fact and the subscription, never the body
 * nor the secret.
 */
class WebhookDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

	private static final Duration STOP_GRACE = Duration.ofSeconds(10);

	private final DeliveryQueue queue;

	private final WebhookSubscriptionRepository repository;

	private final WebhookSubscriptions subscriptions;

	private final WebhookSender sender;

	private final RetrySchedule schedule;

	private final WebhookSettings settings;

	private final Clock clock;

	private final MeterRegistry meters;

	private final Semaphore idleSenders;

	private final BlockingQueue<Boolean> wakeUps = new ArrayBlockingQueue<>(1);

	private volatile boolean running;

	private Thread loop;

	private ExecutorService senders;

	WebhookDispatcher(DeliveryQueue queue, WebhookSubscriptionRepository repository, WebhookSubscriptions subscriptions,
			WebhookSender sender, RetrySchedule schedule, WebhookSettings settings, Clock clock, MeterRegistry meters) {
		this.queue = queue;
		this.repository = repository;
		this.subscriptions = subscriptions;
		this.sender = sender;
		this.schedule = schedule;
		this.settings = settings;
		this.clock = clock;
		this.meters = meters;
		this.idleSenders = new Semaphore(settings.concurrency());
	}

	@Override
	public void start() {
		this.senders = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("webhook-sender-", 1).factory());
		this.running = true;
		this.loop = Thread.ofPlatform().name("webhook-dispatcher").daemon().start(this::dispatch);
	}

	@Override
	public void stop() {
		this.running = false;
		this.loop.interrupt();
		this.senders.shutdown();
		try {
			this.loop.join(STOP_GRACE);
			if (!this.senders.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
				// attempts still waiting for an answer hand their delivery back
				this.senders.shutdownNow();
				this.senders.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Makes the dispatcher look for due deliveries now. */
	void wake() {
		this.wakeUps.offer(Boolean.TRUE);
	}

	/**
	 * Claims as many due deliveries as there are idle senders and hands one to each;
	 * waits for a wake-up or the poll interval when none is due.
	 */
	private void dispatch() {
		boolean backlog = false;
		while (this.running) {
			try {
				// with a backlog, claim for several senders at once: one query serves
				// them
				int wanted = backlog ? Math.max(1, this.settings.concurrency() / 2) : 1;
				this.idleSenders.acquire(wanted);
				int idle = wanted + this.idleSenders.drainPermits();
				List<WebhookDelivery> claimed = List.of();
				try {
					claimed = this.queue.claim(this.clock.instant(), this.settings.claimLease(), idle);
				}
				catch (RuntimeException ex) {
					if (!this.running) {
						return;
					}
					// MongoDB away, most likely: try again at the next tick
					log.warn("Could not look for due webhook deliveries; trying again in {}",
							this.settings.pollInterval(), ex);
				}
				finally {
					this.idleSenders.release(idle - claimed.size());
				}
				claimed.forEach(this::hand);
				backlog = claimed.size() == idle;
				if (!backlog) {
					this.wakeUps.poll(this.settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
				}
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private void hand(WebhookDelivery delivery) {
		try {
			this.senders.execute(() -> {
				try {
					deliver(delivery);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				catch (RuntimeException ex) {
					// its claim lapses and it is attempted again
					log.warn("Webhook delivery {} could not be attempted", delivery.id(), ex);
				}
				finally {
					this.idleSenders.release();
				}
			});
		}
		catch (RejectedExecutionException ex) {
			// stopping
			this.idleSenders.release();
			this.queue.release(delivery, this.clock.instant());
		}
	}

	private void deliver(WebhookDelivery delivery) throws InterruptedException {
		WebhookSubscription subscription = this.repository.findById(delivery.subscriptionId()).orElse(null);
		if (subscription == null || !subscription.isActive()) {
			this.queue.cancel(delivery);
			count("cancelled");
			return;
		}
		WebhookSender.Result result;
		try {
			result = this.sender.send(subscription.url(), this.subscriptions.secretOf(subscription), delivery);
		}
		catch (InterruptedException ex) {
			this.queue.release(delivery, this.clock.instant());
			throw ex;
		}
		WebhookDelivery.Attempt attempt = result.attempt();
		Instant endedAt = this.clock.instant();
		int step = delivery.scheduleStep();
		Instant next = null;
		WebhookDelivery.Status status;
		switch (attempt.outcome()) {
			case SUCCEEDED -> status = WebhookDelivery.Status.SUCCEEDED;
			case GONE -> status = WebhookDelivery.Status.FAILED;
			default -> {
				next = this.schedule.nextAttempt(step, endedAt, result.retryAfter()).orElse(null);
				status = (next != null) ? WebhookDelivery.Status.PENDING : WebhookDelivery.Status.FAILED;
				step = (next != null) ? this.schedule.stepAfter(step) : step;
			}
		}
		boolean recorded = this.queue.record(delivery, attempt, status, step, next);
		logAttempt(delivery, attempt, status, next, recorded);
		Timer.builder("pes21.webhook.attempts")
			.description("Webhook delivery attempts, by outcome")
			.tag("outcome", attempt.outcome().name().toLowerCase(Locale.ROOT))
			.register(this.meters)
			.record(Duration.ofMillis(attempt.durationMs()));
		if (status != WebhookDelivery.Status.PENDING) {
			count(status.name().toLowerCase(Locale.ROOT));
		}
		if (attempt.outcome() == WebhookDelivery.Attempt.Outcome.GONE) {
			log.warn("Webhook subscription {} disabled: its receiver answered 410 Gone", subscription.id());
			this.subscriptions.disable(subscription.id(), "the receiver answered 410 Gone at " + attempt.at());
		}
	}

	private void logAttempt(WebhookDelivery delivery, WebhookDelivery.Attempt attempt, WebhookDelivery.Status status,
			Instant next, boolean recorded) {
		String answer = (attempt.statusCode() != null) ? "status " + attempt.statusCode() : attempt.error();
		String then = switch (status) {
			case PENDING -> "next attempt at " + next;
			case FAILED -> "delivery failed";
			default -> "delivered";
		};
		if (!recorded) {
			then += " (not recorded: its claim had lapsed)";
		}
		if (attempt.outcome() == WebhookDelivery.Attempt.Outcome.SUCCEEDED) {
			log.info("Webhook attempt {} of delivery {} (event {}, subscription {}) at {}: {} in {} ms, {}",
					delivery.nextAttemptNumber(), delivery.id(), delivery.eventId(), delivery.subscriptionId(),
					attempt.at(), answer, attempt.durationMs(), then);
		}
		else {
			log.warn("Webhook attempt {} of delivery {} (event {}, subscription {}) at {}: {}, {} in {} ms, {}",
					delivery.nextAttemptNumber(), delivery.id(), delivery.eventId(), delivery.subscriptionId(),
					attempt.at(), attempt.outcome(), answer, attempt.durationMs(), then);
		}
	}

	private void count(String outcome) {
		this.meters.counter("pes21.webhook.deliveries", "outcome", outcome).increment();
	}

}
