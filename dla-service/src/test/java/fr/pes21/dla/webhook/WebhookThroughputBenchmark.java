package fr.pes21.dla.webhook;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.dla.StructureWelcomed;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.awaitility.Awaitility.await;

/**
 * Not a test: measures webhook delivery throughput to a local receiver (the JDK's HTTP
 * server answering {@code 204}) on the real Kafka broker and MongoDB wire server of the
 * tests, and prints the figures. Its name keeps it out of the default test run; run it
 * with:
 *
 * <pre>
 * ./mvnw -B -o -pl dla-service verify -Dtest=WebhookThroughputBenchmark -Dbench.facts=5000
 * </pre>
 *
 * Add {@code -Dpes21.webhooks.concurrency=N} to change the number of senders (16 by
 * default). The log line of each attempt is turned down to WARN here.
 */
@Tag("benchmark")
@WithRealInfrastructure
@SpringBootTest(properties = { "pes21.webhooks.require-https=false", "pes21.webhooks.allow-private-targets=true",
		"pes21.webhooks.secret-key=" + WebhookIntegrationTest.SECRET_KEY,
		"spring.cloud.stream.bindings.dlaWebhooks-in-0.group=dla-webhooks-benchmark",
		"logging.level.fr.pes21.dla.webhook.WebhookDispatcher=WARN" })
@AutoConfigureMockMvc
class WebhookThroughputBenchmark {

	private static final int FACTS = Integer.getInteger("bench.facts", 5000);

	private static final int WARM_UP = 1000;

	@Autowired
	private MockMvcTester mvc;

	@Value("${pes21.webhooks.concurrency}")
	private int concurrency;

	@Test
	void measureDeliveriesPerSecond() {
		try (TestReceiver receiver = TestReceiver.accepting(); FactPublisher facts = new FactPublisher()) {
			WebhookApi api = new WebhookApi(this.mvc);
			String subscription = (String) api.subscribe(receiver.url()).get("id");
			deliver(facts, receiver, WARM_UP);
			int warmedUp = receiver.received().size();

			long started = System.nanoTime();
			Set<String> ids = deliver(facts, receiver, FACTS);
			long ended = System.nanoTime();

			List<Long> arrivals = receiver.received()
				.stream()
				.skip(warmedUp)
				.filter((request) -> ids.contains(request.webhookId()))
				.map(TestReceiver.Received::arrivedAtNanos)
				.sorted()
				.toList();
			double endToEnd = FACTS / seconds(ended - started);
			double sending = (arrivals.size() - 1) / seconds(arrivals.getLast() - arrivals.getFirst());
			System.out.printf(Locale.ROOT,
					"WEBHOOK BENCHMARK: %d facts, %d senders, %d requests received: %.0f deliveries/s end to end "
							+ "(first publish to last 2xx), %.0f deliveries/s sent (first to last arrival at the receiver)%n",
					FACTS, this.concurrency, arrivals.size(), endToEnd, sending);
			api.stop(subscription);
		}
	}

	private static Set<String> deliver(FactPublisher facts, TestReceiver receiver, int count) {
		List<FactEnvelope> published = facts.publishAll(IntStream.range(0, count)
			.mapToObj((i) -> new StructureWelcomed(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
					LocalDate.parse("2024-03-12")))
			.toList());
		Set<String> ids = published.stream().map(FactEnvelope::id).collect(Collectors.toSet());
		await().atMost(Duration.ofMinutes(10))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> receiver.acceptedIds().containsAll(ids));
		return ids;
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

}
