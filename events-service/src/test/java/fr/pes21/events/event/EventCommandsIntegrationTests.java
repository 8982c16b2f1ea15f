package fr.pes21.events.event;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import fr.pes21.contracts.events.EventKind;
import fr.pes21.events.event.Registration.Status;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.platform.problem.RuleViolation;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A command that loses a race with another instance of the service (simulated here by a
 * save made in the middle of the command) runs again on the fresh event, on the real
 * MongoDB wire server and its version check.
 */
@WithRealInfrastructure
@SpringBootTest
// Not used here: the same configuration as the API tests', so their context is reused.
@AutoConfigureMockMvc
class EventCommandsIntegrationTests {

	private static final Instant NEXT_WEEK = Instant.now().plus(Duration.ofDays(7));

	@Autowired
	EventCommands commands;

	@Autowired
	EventRepository events;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	RegistrationRetention retention;

	@Test
	void aRegistrationThatLostTheLastPlaceToAnotherInstanceRunsAgainAndIsWaitlisted() {
		String id = this.events.save(lastPlaceEvent()).id();
		AtomicInteger attempts = new AtomicInteger();

		Registration registration = this.commands.run(id, (Event event) -> {
			if (attempts.incrementAndGet() == 1) {
				registerElsewhere(id, "other@example.org");
			}
			return event.register("Alex", "alex@example.org", now());
		});

		assertThat(attempts).hasValue(2);
		assertThat(registration.status()).isEqualTo(Status.WAITLISTED);
		Event saved = this.events.active(id);
		assertThat(saved.confirmed()).isEqualTo(1);
		assertThat(saved.waitlisted()).isEqualTo(1);
	}

	@Test
	void theSameEmailRegisteredMeanwhileByAnotherInstanceIsRefusedOnTheFreshEvent() {
		String id = this.events.save(lastPlaceEvent()).id();
		AtomicInteger attempts = new AtomicInteger();

		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> this.commands.run(id, (Event event) -> {
			if (attempts.incrementAndGet() == 1) {
				registerElsewhere(id, "alex@example.org");
			}
			return event.register("Alex", "alex@example.org", now());
		})).withMessageContaining("already registered");

		assertThat(attempts).hasValue(2);
		assertThat(this.events.active(id).activeRegistrations()).hasSize(1);
	}

	@Test
	void aRuleViolationIsAnsweredAtOnceWithoutRunningAgain() {
		String id = this.events.save(lastPlaceEvent()).id();
		AtomicInteger attempts = new AtomicInteger();

		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> this.commands.run(id, (Event event) -> {
			attempts.incrementAndGet();
			return event.hold(now());
		}));

		assertThat(attempts).hasValue(1);
	}

	@Test
	void aCommandThatKeepsLosingGivesUpWithAConcurrentChange() {
		String id = this.events.save(lastPlaceEvent()).id();
		AtomicInteger attempts = new AtomicInteger();

		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.commands.run(id, (Event event) -> {
				registerElsewhere(id, "other" + attempts.incrementAndGet() + "@example.org");
				return event.register("Alex", "alex@example.org", now());
			}));

		assertThat(attempts).hasValue(21);
		assertThat(this.events.active(id).activeRegistrations())
			.noneMatch((registration) -> registration.isFor("alex@example.org"));
	}

	@Test
	void anEventWithTheMostRegistrationsAtTheFieldLimitsStaysFarBelowMongoDbsSixteenMebibytes() {
		Event event = Event.schedule("Grand forum", EventKind.CLUB_EVENING, NEXT_WEEK, null, null, null, now());
		String longestName = "é".repeat(200);
		for (int i = 0; i < Event.MAX_REGISTRATIONS; i++) {
			String local = "%05d".formatted(i) + "a".repeat(254 - 5 - "@example.org".length());
			event.register(longestName, local + "@example.org", now());
		}
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> event.register("One more", "more@example.org", now()));

		Document document = new Document();
		this.mongo.getConverter().write(event, document);
		int bytes = new RawBsonDocument(document, new DocumentCodec()).getByteBuffer().remaining();

		// with a pending outbox fact per registration, the worst case before the relay
		assertThat(bytes).isLessThan(8 * 1024 * 1024);
		document.remove("outbox");
		// as the repository's first save would (a document read without it is taken as
		// new)
		document.put("version", 0L);
		this.mongo.insert(document, "events");
		assertThat(this.events.active(event.id()).registrations()).hasSize(Event.MAX_REGISTRATIONS)
			.allSatisfy((registration) -> assertThat(registration.name()).isEqualTo(longestName));
	}

	@Test
	void theRetentionSweepErasesRegistrantsOnlyOnceTheRetentionPeriodAfterTheEventHasPassed() {
		Event event = Event.schedule("Soirée ancienne", EventKind.CLUB_EVENING, NEXT_WEEK, null, 10, null, now());
		Registration kept = event.register("Camille Durand", "camille@example.org", now());
		String id = this.events.save(event).id();
		ZonedDateTime start = NEXT_WEEK.atZone(Stamp.BUSINESS_ZONE);

		this.retention.sweep(start.plusMonths(13).minusDays(1).toInstant());

		assertThat(this.events.active(id).registrations()).singleElement()
			.satisfies((registration) -> assertThat(registration.name()).isEqualTo("Camille Durand"));

		this.retention.sweep(start.plusMonths(13).plusDays(1).toInstant());

		Event swept = this.events.active(id);
		assertThat(swept.registrations()).singleElement().satisfies((registration) -> {
			assertThat(registration.id()).isEqualTo(kept.id());
			assertThat(registration.status()).isEqualTo(Status.CONFIRMED);
			assertThat(registration.hasPersonalData()).isFalse();
		});
		assertThat(swept.confirmed()).isEqualTo(1);
		assertThat(swept.auditEntries()).last().satisfies((entry) -> {
			assertThat(entry.fact()).isEqualTo(Event.PERSONAL_DATA_ERASED);
			assertThat(entry.audit().recordedBy()).isEqualTo("system:registration-retention");
		});
	}

	private static Stamp now() {
		return new Stamp(Instant.now(), "alice");
	}

	private static Event lastPlaceEvent() {
		return Event.schedule("Soirée du Club", EventKind.CLUB_EVENING, NEXT_WEEK, null, 1, null, now());
	}

	/** Another instance's command, saved while ours is under way. */
	private void registerElsewhere(String id, String email) {
		Event elsewhere = this.events.active(id);
		elsewhere.register("Someone", email, now());
		this.events.save(elsewhere);
	}

}
