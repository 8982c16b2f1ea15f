package fr.pes21.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.Topics;
import fr.pes21.platform.outbox.OutboxRelay;
import fr.pes21.platform.sample.Note;
import fr.pes21.platform.sample.NoteRepository;
import fr.pes21.platform.sample.SampleApplication;
import fr.pes21.testsupport.FactsOnTopic;
import fr.pes21.testsupport.KafkaBrokerProcess;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The broker crashes while facts are being recorded: nothing recorded is lost, and it all
 * arrives later.
 */
@WithRealInfrastructure
// A send to the broker that is down fails after one second instead of five: each relay
// round while it is down is that long, and the test's own round waits for them.
@SpringBootTest(classes = SampleApplication.class,
		properties = { "pes21.outbox.sweep-interval=PT0.5S",
				"spring.cloud.stream.kafka.binder.producer-properties.max.block.ms=1000",
				"spring.cloud.stream.kafka.binder.producer-properties.request.timeout.ms=1000",
				"spring.cloud.stream.kafka.binder.producer-properties.delivery.timeout.ms=3000" })
class OutboxBrokerOutageIntegrationTests {

	static final KafkaBrokerProcess broker = new KafkaBrokerProcess().start();

	@DynamicPropertySource
	static void kafka(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", broker::bootstrapServers);
		// The binder's child context reads system properties first, where the shared
		// broker's address is.
		registry.add("spring.cloud.stream.kafka.binder.brokers", broker::bootstrapServers);
	}

	@AfterAll
	static void stopBroker() {
		broker.close();
	}

	@Autowired
	NoteRepository notes;

	@Autowired
	OutboxRelay relay;

	@Test
	void factsRecordedWhileTheBrokerIsDownArePublishedOnceItIsBack() {
		Set<String> raised = new HashSet<>();
		record(10, raised);
		try (FactsOnTopic topic = new FactsOnTopic(broker.bootstrapServers(), Topics.ACCOMPANIMENT)) {
			await().atMost(Duration.ofSeconds(60)).until(() -> ids(topic.pollFacts()).containsAll(raised));
		}
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.notes.findAll().stream().allMatch((note) -> note.pendingFacts().isEmpty()));

		broker.kill();
		record(30, raised);
		this.relay.relayPendingFacts();
		assertThat(this.notes.findAll().stream().mapToLong((note) -> note.pendingFacts().size()).sum())
			.as("facts kept in their outboxes while the broker is down")
			.isEqualTo(30);

		broker.start();
		try (FactsOnTopic topic = new FactsOnTopic(broker.bootstrapServers(), Topics.ACCOMPANIMENT)) {
			await().atMost(Duration.ofSeconds(90)).until(() -> ids(topic.pollFacts()).containsAll(raised));
		}
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.notes.findAll().stream().allMatch((note) -> note.pendingFacts().isEmpty()));
	}

	private void record(int count, Set<String> raised) {
		for (int i = 0; i < count; i++) {
			Note note = new Note("outage " + i);
			note.meetingHeld(LocalDate.of(2024, 5, 1 + (i % 28)), Instant.now());
			note.pendingFacts().forEach((fact) -> raised.add(fact.eventId()));
			this.notes.save(note);
		}
	}

	private static Set<String> ids(List<FactEnvelope> facts) {
		Set<String> ids = new HashSet<>();
		facts.forEach((fact) -> ids.add(fact.id()));
		return ids;
	}

}
