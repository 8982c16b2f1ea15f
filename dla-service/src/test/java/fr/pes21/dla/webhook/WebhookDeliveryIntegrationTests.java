package fr.pes21.dla.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.dla.CollectiveEngineeringStarted;
import fr.pes21.contracts.dla.DiagnosticCompleted;
import fr.pes21.contracts.dla.DiagnosticCompletedV1;
import fr.pes21.contracts.dla.PostEngineeringFollowUpHeld;
import fr.pes21.contracts.dla.StructureWelcomed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;

/**
 * Facts published on {@code pes21.dla.events} as the service publishes them, delivered to
 * real HTTP receivers. Other test classes share the topic, so each test subscribes
 * receivers of its own, looks only at the facts it published, and stops its subscriptions
 * at the end.
 */
@WebhookIntegrationTest
class WebhookDeliveryIntegrationTests {

	private static final Duration DEADLINE = Duration.ofSeconds(90);

	private static final LocalDate MARCH_12 = LocalDate.parse("2024-03-12");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MongoTemplate mongo;

	private WebhookApi api;

	private final FactPublisher facts = new FactPublisher();

	private final List<String> subscriptions = new ArrayList<>();

	private final List<TestReceiver> receivers = new ArrayList<>();

	@BeforeEach
	void api() {
		this.api = new WebhookApi(this.mvc);
	}

	@AfterEach
	void stopEverything() {
		this.subscriptions.forEach(this.api::stop);
		this.receivers.forEach(TestReceiver::close);
		this.facts.close();
	}

	@Test
	void postsAFactAsASignedCloudEventThatTheReferenceVerifierAccepts() {
		TestReceiver receiver = receiver(TestReceiver.accepting());
		Map<String, Object> subscription = subscribe(receiver);
		String secret = (String) subscription.get("secret");
		StructureWelcomed fact = new StructureWelcomed(id(), id(), MARCH_12);

		FactEnvelope envelope = this.facts.publish(fact);

		await().atMost(DEADLINE).until(() -> receiver.acceptedIds().contains(envelope.id()));
		TestReceiver.Received request = receiver.receivedFor(envelope.id()).getFirst();
		assertThat(request.method()).isEqualTo("POST");
		assertThatNoException().isThrownBy(() -> new Webhook(secret).verify(request.body(), request.headers()));
		assertThatExceptionOfType(WebhookVerificationException.class).isThrownBy(() -> new Webhook(secret)
			.verify(request.body().replace("2024-03-12", "2024-03-13"), request.headers()));
		assertThat(request.header("webhook-id")).isEqualTo(envelope.id());
		assertThat(request.header("webhook-timestamp")).matches("[0-9]+");
		assertThat(request.header("webhook-signature")).startsWith("v1,");
		assertThat(request.header("Content-Type")).startsWith("application/cloudevents+json");
		Map<String, Object> event = WebhookApi.read(request.body());
		assertThat(event).containsEntry("specversion", "1.0")
			.containsEntry("id", envelope.id())
			.containsEntry("type", "fr.pes21.dla.StructureWelcomed.v1")
			.containsEntry("source", "/pes21/dla-service")
			.containsEntry("subject", fact.structureId())
			.containsEntry("datacontenttype", "application/json")
			.containsEntry("data",
					Map.of("factId", fact.factId(), "structureId", fact.structureId(), "occurredOn", "2024-03-12"));
		assertThat(Instant.parse((String) event.get("time"))).isEqualTo(envelope.time());
	}

	@Test
	void deliversTheFactOnceWithThreeAttemptsLoggedWhenTheReceiverFailsTwiceThenSucceeds() {
		TestReceiver receiver = receiver(
				TestReceiver.answering((id, attempt) -> TestReceiver.Answer.of((attempt <= 2) ? 500 : 200)));
		String subscription = id(subscribe(receiver));

		FactEnvelope envelope = this.facts.publish(new DiagnosticCompleted(id(), id(), id(), MARCH_12));

		await().atMost(DEADLINE).until(() -> status(subscription, envelope).equals("SUCCEEDED"));
		Map<String, Object> delivery = this.api.delivery(subscription, envelope.id());
		assertThat(attempts(delivery)).extracting((attempt) -> attempt.get("statusCode"))
			.containsExactly(500, 500, 200);
		assertThat(attempts(delivery)).extracting((attempt) -> attempt.get("outcome"))
			.containsExactly("REFUSED", "REFUSED", "SUCCEEDED");
		assertThat(attempts(delivery)).allSatisfy((attempt) -> assertThat(attempt).containsKeys("at", "durationMs"));
		assertThat(delivery.get("nextAttemptAt")).isNull();
		assertThat(receiver.accepted()).containsEntry(envelope.id(), 1L);
		assertThat(receiver.receivedFor(envelope.id())).hasSize(3)
			.extracting(TestReceiver.Received::body)
			.containsOnly(receiver.receivedFor(envelope.id()).getFirst().body());
	}

	@Test
	void deliversEveryFactOfABurstOnceTheReceiverThatWasDownComesBack() {
		TestReceiver receiver = receiver(TestReceiver.accepting());
		String subscription = id(subscribe(receiver));
		receiver.stop();

		List<FactEnvelope> burst = this.facts
			.publishAll(IntStream.range(0, 200).mapToObj((i) -> new StructureWelcomed(id(), id(), MARCH_12)).toList());
		List<String> ids = burst.stream().map(FactEnvelope::id).toList();
		await().atMost(DEADLINE).until(() -> {
			List<Map<String, Object>> deliveries = this.api.deliveries(subscription);
			return deliveries.size() == 200
					&& deliveries.stream().noneMatch((delivery) -> attempts(delivery).isEmpty());
		});
		assertThat(receiver.received()).isEmpty();
		receiver.restart();

		await().atMost(DEADLINE).until(() -> receiver.acceptedIds().containsAll(ids));
		await().atMost(DEADLINE)
			.until(() -> this.api.deliveries(subscription)
				.stream()
				.allMatch((delivery) -> "SUCCEEDED".equals(delivery.get("status"))));
		assertThat(receiver.accepted()).hasSize(200).allSatisfy((id, times) -> assertThat(times).isOne());
	}

	@Test
	void neverSendsTwiceWhenKafkaDeliversTheSameRecordTwice() {
		TestReceiver receiver = receiver(TestReceiver.accepting());
		String subscription = id(subscribe(receiver));
		String structure = id();
		FactEnvelope welcomed = FactEnvelope.wrap(new StructureWelcomed(id(), structure, MARCH_12), "dla-service",
				Instant.now());

		this.facts.publish(welcomed);
		this.facts.publish(welcomed);
		// same subject, same partition, after both: once it is delivered, both were
		// consumed
		FactEnvelope after = this.facts.publish(new DiagnosticCompleted(id(), id(), structure, MARCH_12));

		await().atMost(DEADLINE).until(() -> receiver.acceptedIds().containsAll(List.of(welcomed.id(), after.id())));
		assertThat(this.api.deliveries(subscription)).hasSize(2);
		assertThat(receiver.receivedFor(welcomed.id())).hasSize(1);
	}

	@Test
	void disablesTheSubscriptionWhenItsReceiverAnswersGone() {
		TestReceiver gone = receiver(TestReceiver.answering((id, attempt) -> TestReceiver.Answer.of(410)));
		TestReceiver other = receiver(TestReceiver.accepting());
		String goneSubscription = id(subscribe(gone));
		subscribe(other);

		FactEnvelope first = this.facts.publish(new StructureWelcomed(id(), id(), MARCH_12));

		await().atMost(DEADLINE).until(() -> "DISABLED".equals(this.api.subscription(goneSubscription).get("status")));
		Map<String, Object> delivery = this.api.delivery(goneSubscription, first.id());
		assertThat(delivery).containsEntry("status", "FAILED");
		assertThat(attempts(delivery)).singleElement()
			.satisfies(
					(attempt) -> assertThat(attempt).containsEntry("statusCode", 410).containsEntry("outcome", "GONE"));
		assertThat(this.api.retry(goneSubscription, (String) delivery.get("id")))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);

		FactEnvelope later = this.facts.publish(new StructureWelcomed(id(), id(), MARCH_12));

		await().atMost(DEADLINE).until(() -> other.acceptedIds().contains(later.id()));
		assertThat(gone.receivedFor(later.id())).isEmpty();
		assertThat(this.api.delivery(goneSubscription, later.id())).isNull();
	}

	@Test
	void marksADeliveryFailedAtTheEndOfTheScheduleAndSendsItAgainWhenRetriedByHand() {
		AtomicBoolean up = new AtomicBoolean();
		TestReceiver receiver = receiver(
				TestReceiver.answering((id, attempt) -> TestReceiver.Answer.of(up.get() ? 200 : 503)));
		String subscription = id(subscribe(receiver));
		FactEnvelope envelope = this.facts.publish(new PostEngineeringFollowUpHeld(id(), id(), MARCH_12));

		await().atMost(DEADLINE).until(() -> status(subscription, envelope).equals("FAILED"));
		Map<String, Object> failed = this.api.delivery(subscription, envelope.id());
		assertThat(attempts(failed)).hasSize(10)
			.allSatisfy((attempt) -> assertThat(attempt).containsEntry("statusCode", 503));
		assertThat(failed.get("nextAttemptAt")).isNull();

		up.set(true);
		var retried = this.api.retry(subscription, (String) failed.get("id"));

		assertThat(retried).hasStatus(HttpStatus.ACCEPTED);
		assertThat(WebhookApi.read(retried)).containsEntry("status", "PENDING");
		await().atMost(DEADLINE).until(() -> status(subscription, envelope).equals("SUCCEEDED"));
		assertThat(attempts(this.api.delivery(subscription, envelope.id()))).hasSize(11);
		assertThat(receiver.accepted()).containsEntry(envelope.id(), 1L);
	}

	@Test
	void waitsAsLongAsTheReceiverAsksWithRetryAfter() {
		TestReceiver receiver = receiver(
				TestReceiver.answering((id, attempt) -> new TestReceiver.Answer(503, Map.of("Retry-After", "3600"))));
		String subscription = id(subscribe(receiver));

		FactEnvelope envelope = this.facts.publish(new StructureWelcomed(id(), id(), MARCH_12));

		await().atMost(DEADLINE).until(() -> {
			Map<String, Object> delivery = this.api.delivery(subscription, envelope.id());
			return delivery != null && attempts(delivery).size() == 1 && delivery.get("nextAttemptAt") != null;
		});
		Map<String, Object> delivery = this.api.delivery(subscription, envelope.id());
		Instant attempted = Instant.parse((String) attempts(delivery).getFirst().get("at"));
		// the schedule's next delay is 100 ms: the receiver's hour wins
		assertThat(Instant.parse((String) delivery.get("nextAttemptAt"))).isAfter(attempted.plusSeconds(3599))
			.isBefore(attempted.plusSeconds(3600 + 60));
	}

	@Test
	void sendsOnlyTheFieldsOfTheFactEvenWhenARecordCarriesPersonalData() {
		TestReceiver receiver = receiver(TestReceiver.accepting());
		subscribe(receiver);
		StructureWelcomed fact = new StructureWelcomed(id(), id(), MARCH_12);
		FactEnvelope envelope = FactEnvelope.wrap(fact, "dla-service", Instant.now());
		String data = """
				{"factId": "%s", "structureId": "%s", "occurredOn": "2024-03-12",
				 "contactName": "Camille Martin", "email": "camille.martin@example.org", "phone": "06 12 34 56 78"}
				""".formatted(fact.factId(), fact.structureId());

		this.facts.send(FactPublisher.record(envelope, data.getBytes(StandardCharsets.UTF_8)));

		await().atMost(DEADLINE).until(() -> receiver.acceptedIds().contains(envelope.id()));
		String body = receiver.receivedFor(envelope.id()).getFirst().body();
		assertThat(body).doesNotContain("Camille", "camille.martin@example.org", "06 12 34 56 78");
		assertThat(WebhookApi.read(body).get("data"))
			.isEqualTo(Map.of("factId", fact.factId(), "structureId", fact.structureId(), "occurredOn", "2024-03-12"));
	}

	@Test
	void sendsBothVersionsOfADiagnosticsCompletionEachWithTheFieldsOfItsOwnContract() {
		TestReceiver receiver = receiver(TestReceiver.accepting());
		subscribe(receiver);
		String structure = id();
		String diagnostic = id();
		DiagnosticCompletedV1 v1 = new DiagnosticCompletedV1(diagnostic, structure, MARCH_12);
		DiagnosticCompleted v2 = new DiagnosticCompleted(id(), diagnostic, structure, MARCH_12);

		FactEnvelope first = this.facts.publish(v1);
		FactEnvelope second = this.facts.publish(v2);

		await().atMost(DEADLINE).until(() -> receiver.acceptedIds().containsAll(List.of(first.id(), second.id())));
		Map<String, Object> old = WebhookApi.read(receiver.receivedFor(first.id()).getFirst().body());
		Map<String, Object> current = WebhookApi.read(receiver.receivedFor(second.id()).getFirst().body());
		assertThat(old).containsEntry("type", "fr.pes21.dla.DiagnosticCompleted.v1")
			.containsEntry("data", Map.of("factId", diagnostic, "structureId", structure, "occurredOn", "2024-03-12"));
		assertThat(current).containsEntry("type", "fr.pes21.dla.DiagnosticCompleted.v2")
			.containsEntry("data", Map.of("factId", v2.factId(), "diagnosticId", diagnostic, "structureId", structure,
					"occurredOn", "2024-03-12"));
	}

	@Test
	void neverSendsAFactRecordedBeforeTheSubscription() {
		TestReceiver receiver = receiver(TestReceiver.accepting());
		Map<String, Object> subscription = subscribe(receiver);
		Instant subscribedAt = Instant.parse((String) subscription.get("createdAt"));
		String structure = id();
		FactEnvelope before = FactEnvelope.wrap(new StructureWelcomed(id(), structure, MARCH_12), "dla-service",
				subscribedAt.minusSeconds(60));

		this.facts.publish(before);
		FactEnvelope after = this.facts
			.publish(new CollectiveEngineeringStarted(id(), id(), List.of(structure, id()), MARCH_12, 4.5));

		await().atMost(DEADLINE).until(() -> receiver.acceptedIds().contains(after.id()));
		assertThat(receiver.receivedFor(before.id())).isEmpty();
		assertThat(this.api.deliveries(id(subscription))).extracting((delivery) -> delivery.get("eventId"))
			.containsExactly(after.id());
	}

	@Test
	void sendsADeliveryThatAStoppedInstanceLeftInFlight() {
		TestReceiver receiver = receiver(TestReceiver.accepting());
		String subscription = id(subscribe(receiver));
		StructureWelcomed fact = new StructureWelcomed(id(), id(), MARCH_12);
		FactEnvelope envelope = FactEnvelope.wrap(fact, "dla-service", Instant.now());
		// as an instance stopped in the middle of an attempt leaves it: claimed, the
		// claim lapsed
		this.mongo.insert(new WebhookDelivery(WebhookDelivery.idOf(subscription, envelope.id()), subscription,
				envelope.id(), envelope.type(), envelope.time(), WebhookPayload.of(envelope, fact),
				WebhookDelivery.Status.PENDING, 0, Instant.now().minusSeconds(1), "claim-of-a-stopped-instance",
				List.of(), Instant.now().minusSeconds(60)));

		await().atMost(DEADLINE).until(() -> status(subscription, envelope).equals("SUCCEEDED"));
		assertThat(receiver.accepted()).containsEntry(envelope.id(), 1L);
	}

	private TestReceiver receiver(TestReceiver receiver) {
		this.receivers.add(receiver);
		return receiver;
	}

	private Map<String, Object> subscribe(TestReceiver receiver) {
		Map<String, Object> subscription = this.api.subscribe(receiver.url());
		this.subscriptions.add(id(subscription));
		return subscription;
	}

	private String status(String subscription, FactEnvelope envelope) {
		Map<String, Object> delivery = this.api.delivery(subscription, envelope.id());
		return (delivery != null) ? (String) delivery.get("status") : "NONE";
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> attempts(Map<String, Object> delivery) {
		return (List<Map<String, Object>>) delivery.get("attempts");
	}

	private static String id(Map<String, Object> subscription) {
		return (String) subscription.get("id");
	}

	private static String id() {
		return UUID.randomUUID().toString();
	}

}
