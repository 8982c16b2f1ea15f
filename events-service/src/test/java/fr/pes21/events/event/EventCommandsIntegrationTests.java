package fr.pes21.events.event;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import fr.pes21.contracts.events.EventKind;
import fr.pes21.events.event.Registration.Status;
import fr.pes21.platform.problem.RuleViolation;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.OptimisticLockingFailureException;

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

	@Test
	void aRegistrationThatLostTheLastPlaceToAnotherInstanceRunsAgainAndIsWaitlisted() {
		String id = this.events.save(lastPlaceEvent()).id();
		AtomicInteger attempts = new AtomicInteger();

		Registration registration = this.commands.run(id, (Event event) -> {
			if (attempts.incrementAndGet() == 1) {
				registerElsewhere(id, "other@example.org");
			}
			return event.register("Alex", "alex@example.org", Instant.now());
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
			return event.register("Alex", "alex@example.org", Instant.now());
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
			return event.hold(Instant.now());
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
				return event.register("Alex", "alex@example.org", Instant.now());
			}));

		assertThat(attempts).hasValue(21);
		assertThat(this.events.active(id).activeRegistrations())
			.noneMatch((registration) -> registration.isFor("alex@example.org"));
	}

	private static Event lastPlaceEvent() {
		return Event.schedule("Soirée du Club", EventKind.CLUB_EVENING, NEXT_WEEK, null, 1, null, Instant.now());
	}

	/** Another instance's command, saved while ours is under way. */
	private void registerElsewhere(String id, String email) {
		Event elsewhere = this.events.active(id);
		elsewhere.register("Someone", email, Instant.now());
		this.events.save(elsewhere);
	}

}
