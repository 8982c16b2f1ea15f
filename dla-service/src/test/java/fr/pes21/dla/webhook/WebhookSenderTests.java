package fr.pes21.dla.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.standardwebhooks.Webhook;
import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.dla.StructureWelcomed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** One attempt at a time, against a real HTTP receiver on the loopback interface. */
class WebhookSenderTests {

	private static final WebhookTargets LOOPBACK_ALLOWED = new WebhookTargets(false, false, Set.of("127.0.0.1"),
			(host) -> {
				throw new UnknownHostException(host);
			}, List.of());

	private final String secret = new SigningSecrets(WebhookIntegrationTest.SECRET_KEY).generate();

	private final WebhookDelivery delivery = delivery();

	private TestReceiver receiver;

	@AfterEach
	void stopReceiver() {
		this.receiver.close();
	}

	@Test
	void signsSoThatTheReferenceVerifierAccepts() throws Exception {
		this.receiver = TestReceiver.accepting();

		WebhookSender.Result result = sender(Duration.ofSeconds(5)).send(this.receiver.url(), this.secret,
				this.delivery);

		assertThat(result.attempt().outcome()).isEqualTo(WebhookDelivery.Attempt.Outcome.SUCCEEDED);
		assertThat(result.attempt().statusCode()).isEqualTo(204);
		TestReceiver.Received request = this.receiver.received().getFirst();
		assertThat(request.body()).isEqualTo(this.delivery.body());
		assertThat(request.header("webhook-id")).isEqualTo(this.delivery.eventId());
		assertThatNoException().isThrownBy(() -> new Webhook(this.secret).verify(request.body(), request.headers()));
	}

	@Test
	void givesTheReceiverUntilTheTimeoutToAnswer() throws Exception {
		CountDownLatch released = new CountDownLatch(1);
		this.receiver = TestReceiver.answering((id, attempt) -> {
			awaitQuietly(released);
			return TestReceiver.Answer.of(200);
		});

		WebhookSender.Result result = sender(Duration.ofMillis(300)).send(this.receiver.url(), this.secret,
				this.delivery);
		released.countDown();

		assertThat(result.attempt().outcome()).isEqualTo(WebhookDelivery.Attempt.Outcome.TIMED_OUT);
		assertThat(result.attempt().statusCode()).isNull();
		assertThat(result.attempt().error()).isEqualTo("no answer within 300 ms");
	}

	@Test
	void reportsAReceiverThatCannotBeReached() throws Exception {
		this.receiver = TestReceiver.accepting();
		this.receiver.stop();

		WebhookSender.Result result = sender(Duration.ofSeconds(5)).send(this.receiver.url(), this.secret,
				this.delivery);

		assertThat(result.attempt().outcome()).isEqualTo(WebhookDelivery.Attempt.Outcome.UNREACHABLE);
		assertThat(result.attempt().error()).contains("ConnectException");
	}

	@Test
	void passesOnTheReceiversRetryAfter() throws Exception {
		this.receiver = TestReceiver
			.answering((id, attempt) -> new TestReceiver.Answer(503, Map.of("Retry-After", "120")));

		WebhookSender.Result result = sender(Duration.ofSeconds(5)).send(this.receiver.url(), this.secret,
				this.delivery);

		assertThat(result.attempt().outcome()).isEqualTo(WebhookDelivery.Attempt.Outcome.REFUSED);
		assertThat(result.attempt().statusCode()).isEqualTo(503);
		assertThat(result.retryAfter()).isEqualTo("120");
	}

	@Test
	void neverFollowsARedirect() throws Exception {
		this.receiver = TestReceiver
			.answering((id, attempt) -> new TestReceiver.Answer(307, Map.of("Location", "http://169.254.169.254/")));

		WebhookSender.Result result = sender(Duration.ofSeconds(5)).send(this.receiver.url(), this.secret,
				this.delivery);

		assertThat(result.attempt().statusCode()).isEqualTo(307);
		assertThat(result.attempt().outcome()).isEqualTo(WebhookDelivery.Attempt.Outcome.REFUSED);
		assertThat(this.receiver.received()).hasSize(1);
	}

	@Test
	void sendsNothingToATargetTheGuardRefuses() throws Exception {
		this.receiver = TestReceiver.accepting();
		WebhookSender sender = new WebhookSender(Duration.ofSeconds(5),
				new WebhookTargets(false, false, Set.of(), InetAddress::getAllByName, List.of()), Clock.systemUTC());

		WebhookSender.Result result = sender.send(this.receiver.url(), this.secret, this.delivery);

		assertThat(result.attempt().outcome()).isEqualTo(WebhookDelivery.Attempt.Outcome.FORBIDDEN_TARGET);
		assertThat(this.receiver.received()).isEmpty();
	}

	private static WebhookSender sender(Duration timeout) {
		return new WebhookSender(timeout, LOOPBACK_ALLOWED, Clock.systemUTC());
	}

	private static WebhookDelivery delivery() {
		StructureWelcomed fact = new StructureWelcomed("w-1", "s-1", LocalDate.parse("2024-03-12"));
		FactEnvelope envelope = FactEnvelope.wrap(fact, "dla-service", Instant.now());
		return WebhookDelivery.pending("subscription", envelope.id(), envelope.type(), envelope.time(),
				WebhookPayload.of(envelope, fact), Instant.now(), Instant.now());
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
