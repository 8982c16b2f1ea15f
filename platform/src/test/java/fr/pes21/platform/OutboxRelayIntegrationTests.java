package fr.pes21.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.FactSchemas;
import fr.pes21.contracts.Topics;
import fr.pes21.platform.outbox.OutboxRelay;
import fr.pes21.platform.sample.Note;
import fr.pes21.platform.sample.NoteRepository;
import fr.pes21.platform.sample.SampleApplication;
import fr.pes21.testsupport.FactsOnTopic;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@WithRealInfrastructure
@SpringBootTest(classes = SampleApplication.class)
class OutboxRelayIntegrationTests {

	@Autowired
	NoteRepository notes;

	@Autowired
	OutboxRelay relay;

	@Autowired
	MongoTemplate mongo;

	@Test
	void publishesEveryRaisedFactOnceItsAggregateIsSavedAndEmptiesTheOutbox() {
		Set<String> raised = new HashSet<>();
		for (int i = 0; i < 20; i++) {
			Note note = new Note("note " + i);
			note.meetingHeld(LocalDate.of(2024, 1, 1).plusDays(i), Instant.now());
			note.meetingHeld(LocalDate.of(2024, 6, 1).plusDays(i), Instant.now());
			note.pendingFacts().forEach((fact) -> raised.add(fact.eventId()));
			this.notes.save(note);
		}

		try (FactsOnTopic topic = FactsOnTopic.onRealInfrastructure(Topics.ACCOMPANIMENT)) {
			await().atMost(Duration.ofSeconds(60)).until(() -> ids(topic.pollFacts()).containsAll(raised));
			List<FactEnvelope> ours = topic.poll()
				.stream()
				.map(FactsOnTopic::envelope)
				.filter((fact) -> raised.contains(fact.id()))
				.toList();
			assertThat(ours).allSatisfy((fact) -> {
				assertThat(fact.source()).isEqualTo("/pes21/sample");
				assertThat(FactSchemas.violations(fact)).isEmpty();
			});
		}
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.notes.findAll().stream().allMatch((note) -> note.pendingFacts().isEmpty()));
	}

	@Test
	void keepsTheFactsOfOneAggregateInTheOrderTheyWereRaised() {
		Note note = new Note("ordered");
		for (int day = 1; day <= 10; day++) {
			note.meetingHeld(LocalDate.of(2024, 3, day), Instant.now());
		}
		List<String> raisedInOrder = note.pendingFacts().stream().map(Note.PendingFact::eventId).toList();
		this.notes.save(note);

		try (FactsOnTopic topic = FactsOnTopic.onRealInfrastructure(Topics.ACCOMPANIMENT)) {
			await().atMost(Duration.ofSeconds(60)).until(() -> ids(topic.pollFacts()).containsAll(raisedInOrder));
			assertThat(topic.poll()
				.stream()
				.map(FactsOnTopic::envelope)
				.map(FactEnvelope::id)
				.filter(raisedInOrder::contains)
				.toList()).containsExactlyElementsOf(raisedInOrder);
		}
	}

	@Test
	void doesNotResendAFactThatAStaleSaveBroughtBackIntoTheOutbox() {
		Note note = new Note("stale");
		note.meetingHeld(LocalDate.of(2024, 9, 9), Instant.now());
		Document published = this.mongo.getConverter()
			.convertToMongoType(note.pendingFacts().get(0)) instanceof Document d ? d : null;
		this.notes.save(note);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.notes.findById(note.getId()).orElseThrow().pendingFacts().isEmpty());

		// What a command that loaded the note before the relay pulled the fact writes
		// back when it saves.
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(note.getId())),
				new Update().push("outbox", published), Note.class);
		int resent = this.relay.relayPendingFacts();

		assertThat(resent).isZero();
		assertThat(this.notes.findById(note.getId()).orElseThrow().pendingFacts()).isEmpty();
	}

	private static Set<String> ids(List<FactEnvelope> facts) {
		Set<String> ids = new HashSet<>();
		facts.forEach((fact) -> ids.add(fact.id()));
		return ids;
	}

}
