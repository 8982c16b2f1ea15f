package fr.pes21.dla.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery queue's atomic operations on the real MongoDB wire server, in a database
 * of their own (the service's senders never see these deliveries) and with explicit
 * times.
 */
@WebhookIntegrationTest
class DeliveryQueueIntegrationTests {

	private static final Instant T0 = Instant.parse("2030-01-07T09:00:00Z");

	private static final Duration LEASE = Duration.ofSeconds(60);

	@Autowired
	private MongoClient client;

	private MongoTemplate mongo;

	private DeliveryQueue queue;

	@BeforeEach
	void ownDatabase() {
		this.mongo = new MongoTemplate(this.client, "delivery_queue_" + UUID.randomUUID().toString().replace("-", ""));
		this.queue = new DeliveryQueue(this.mongo);
	}

	@AfterEach
	void dropDatabase() {
		this.mongo.getDb().drop();
	}

	@Test
	void onlyOneOfSeveralSendersClaimsADueDelivery() {
		this.queue.enqueue(List.of(delivery("subscription", "event")));
		List<WebhookDelivery> claimed = claimConcurrently(8, () -> this.queue.claim(T0, LEASE, 1));

		assertThat(claimed).hasSize(1);
	}

	@Test
	void sendersClaimingBatchesAtTheSameTimeNeverGetTheSameDelivery() {
		this.queue.enqueue(IntStream.range(0, 40).mapToObj((i) -> delivery("subscription", "event " + i)).toList());
		List<WebhookDelivery> claimed = new ArrayList<>(claimConcurrently(4, () -> this.queue.claim(T0, LEASE, 15)));
		claimed.addAll(this.queue.claim(T0, LEASE, 40));

		assertThat(claimed).extracting(WebhookDelivery::id).hasSize(40).doesNotHaveDuplicates();
	}

	@Test
	void aDeliveryWhoseSenderStoppedIsClaimedAgainOnceTheClaimLapses() {
		this.queue.enqueue(List.of(delivery("subscription", "event")));

		WebhookDelivery first = single(this.queue.claim(T0, LEASE, 1));
		List<WebhookDelivery> meanwhile = this.queue.claim(T0.plusSeconds(30), LEASE, 1);
		WebhookDelivery second = single(this.queue.claim(T0.plus(LEASE).plusSeconds(1), LEASE, 1));

		assertThat(meanwhile).isEmpty();
		assertThat(second.claim()).isNotEqualTo(first.claim());
		assertThat(this.queue.record(first, attempt(T0), WebhookDelivery.Status.SUCCEEDED, 0, null)).isFalse();
		assertThat(this.queue.record(second, attempt(T0.plusSeconds(61)), WebhookDelivery.Status.SUCCEEDED, 0, null))
			.isTrue();
		assertThat(this.queue.find("subscription", second.id())).hasValueSatisfying((delivery) -> {
			assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.SUCCEEDED);
			assertThat(delivery.attempts()).hasSize(1);
			assertThat(delivery.claim()).isNull();
		});
	}

	@Test
	void queuingADeliveryAgainKeepsTheFirstWithItsLog() {
		WebhookDelivery delivery = delivery("subscription", "event");
		this.queue.enqueue(List.of(delivery));
		WebhookDelivery claimed = single(this.queue.claim(T0, LEASE, 1));
		this.queue.record(claimed, attempt(T0), WebhookDelivery.Status.SUCCEEDED, 0, null);

		this.queue.enqueue(List.of(delivery, delivery("subscription", "another event")));

		assertThat(this.mongo.findAll(WebhookDelivery.class)).hasSize(2);
		assertThat(this.queue.find("subscription", delivery.id())).hasValueSatisfying((kept) -> {
			assertThat(kept.status()).isEqualTo(WebhookDelivery.Status.SUCCEEDED);
			assertThat(kept.attempts()).hasSize(1);
		});
	}

	@Test
	void aManualRetryWaitsWhileAnAttemptIsInFlight() {
		this.queue.enqueue(List.of(delivery("subscription", "event")));
		WebhookDelivery claimed = single(this.queue.claim(T0, LEASE, 1));

		Optional<WebhookDelivery> duringTheAttempt = this.queue.retryNow("subscription", claimed.id(),
				T0.plusSeconds(10));
		this.queue.record(claimed, attempt(T0), WebhookDelivery.Status.FAILED, 9, null);
		Optional<WebhookDelivery> afterIt = this.queue.retryNow("subscription", claimed.id(), T0.plusSeconds(20));

		assertThat(duringTheAttempt).isEmpty();
		assertThat(afterIt).hasValueSatisfying((delivery) -> {
			assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.PENDING);
			assertThat(delivery.scheduleStep()).isZero();
			assertThat(delivery.nextAttemptAt()).isEqualTo(T0.plusSeconds(20));
			assertThat(delivery.attempts()).hasSize(1);
		});
	}

	@Test
	void stoppingASubscriptionCancelsItsWaitingDeliveries() {
		this.queue.enqueue(List.of(delivery("stopped", "event"), delivery("other", "event")));

		this.queue.cancelPending("stopped");

		assertThat(this.queue.find("stopped", WebhookDelivery.idOf("stopped", "event"))).hasValueSatisfying(
				(delivery) -> assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.CANCELLED));
		assertThat(this.queue.claim(T0, LEASE, 10)).singleElement()
			.satisfies((delivery) -> assertThat(delivery.subscriptionId()).isEqualTo("other"));
	}

	private static WebhookDelivery delivery(String subscriptionId, String eventId) {
		return WebhookDelivery.pending(subscriptionId, eventId, "fr.pes21.dla.StructureWelcomed.v1", T0, "{}", T0, T0);
	}

	private static WebhookDelivery.Attempt attempt(Instant at) {
		return new WebhookDelivery.Attempt(at, 204, 12, WebhookDelivery.Attempt.Outcome.SUCCEEDED, null);
	}

	/** What senders claiming at the same moment got, all together. */
	private static List<WebhookDelivery> claimConcurrently(int senders, Supplier<List<WebhookDelivery>> claim) {
		CountDownLatch start = new CountDownLatch(1);
		Callable<List<WebhookDelivery>> sender = () -> {
			start.await();
			return claim.get();
		};
		try (ExecutorService threads = Executors.newFixedThreadPool(senders)) {
			List<Future<List<WebhookDelivery>>> claims = IntStream.range(0, senders)
				.mapToObj((i) -> threads.submit(sender))
				.toList();
			start.countDown();
			return claims.stream().flatMap((claimed) -> get(claimed).stream()).toList();
		}
	}

	private static WebhookDelivery single(List<WebhookDelivery> claimed) {
		assertThat(claimed).hasSize(1);
		return claimed.getFirst();
	}

	private static <T> T get(Future<T> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
