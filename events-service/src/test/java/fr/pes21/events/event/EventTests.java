package fr.pes21.events.event;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import fr.pes21.contracts.Fact;
import fr.pes21.contracts.FactCatalog;
import fr.pes21.contracts.FactJson;
import fr.pes21.contracts.FactType;
import fr.pes21.contracts.events.AttendanceRecorded;
import fr.pes21.contracts.events.AttendanceWithdrawn;
import fr.pes21.contracts.events.EventCancellationWithdrawn;
import fr.pes21.contracts.events.EventCancelled;
import fr.pes21.contracts.events.EventHeld;
import fr.pes21.contracts.events.EventHeldWithdrawn;
import fr.pes21.contracts.events.EventKind;
import fr.pes21.contracts.events.EventScheduled;
import fr.pes21.contracts.events.EventWithdrawn;
import fr.pes21.contracts.events.RegistrationCancelled;
import fr.pes21.contracts.events.RegistrationMovedUp;
import fr.pes21.contracts.events.RegistrationReceived;
import fr.pes21.contracts.events.RegistrationStatus;
import fr.pes21.events.event.Registration.Status;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.platform.outbox.OutboxAggregate.PendingFact;
import fr.pes21.platform.problem.RuleViolation;
import fr.pes21.platform.problem.UnknownResource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EventTests {

	/** Défi Pitch of the Mois de l'ESS 2024: 5 November, 18:30 in Dijon (UTC+1). */
	private static final Instant DEFI_PITCH = Instant.parse("2024-11-05T17:30:00Z");

	private static final Stamp BEFORE = at("2024-10-15T08:00:00Z");

	private static final Stamp AFTER = at("2024-11-06T09:00:00Z");

	private static final LocalDate DAY = LocalDate.of(2024, 11, 5);

	// Business dates

	@Test
	void anEventStartingOnNewYearsEveAt2330UtcIsHeldOnTheFirstOfJanuaryInParis() {
		Event event = Event.schedule("Réveillon des entrepreneurs", EventKind.CLUB_EVENING,
				Instant.parse("2024-12-31T23:30:00Z"), null, null, null, BEFORE);

		assertThat(event.day()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(facts(event)).containsExactly(new EventScheduled(event.id(), event.id(), EventKind.CLUB_EVENING,
				Instant.parse("2024-12-31T23:30:00Z"), null, LocalDate.of(2025, 1, 1)));
	}

	@Test
	void anEventStartingAt2230UtcInSummerTimeIsHeldOnTheNextDayInParis() {
		// 22:30 UTC in July is 00:30 in Paris (UTC+2); in January it would still be
		// 23:30 the same day (UTC+1).
		Event summer = Event.schedule("Nuit de l'ESS", EventKind.OTHER, Instant.parse("2024-07-09T22:30:00Z"), null,
				null, null, BEFORE);
		Event winter = Event.schedule("Soirée d'hiver", EventKind.OTHER, Instant.parse("2024-01-09T22:30:00Z"), null,
				null, null, BEFORE);

		assertThat(summer.day()).isEqualTo(LocalDate.of(2024, 7, 10));
		assertThat(winter.day()).isEqualTo(LocalDate.of(2024, 1, 9));
	}

	@Test
	void heldAttendanceAndCancellationFactsCarryTheEventsDayNotTheDayTheyWereRecorded() {
		Event event = Event.schedule("Réveillon des entrepreneurs", EventKind.CLUB_EVENING,
				Instant.parse("2024-12-31T23:30:00Z"), null, null, null, BEFORE);
		Stamp recordedInFebruary = at("2025-02-03T10:00:00Z");

		String held = event.hold(recordedInFebruary);
		String attendance = event.recordAttendance(42, recordedInFebruary);

		LocalDate newYearsDay = LocalDate.of(2025, 1, 1);
		assertThat(facts(event)).endsWith(new EventHeld(held, event.id(), EventKind.CLUB_EVENING, newYearsDay),
				new AttendanceRecorded(attendance, event.id(), EventKind.CLUB_EVENING, 42, newYearsDay));
	}

	@Test
	void aRegistrationIsDatedTheDayItIsReceivedInParis() {
		Event event = defiPitch(null);

		Registration registration = event.register("Camille Durand", "camille@example.org", at("2024-10-31T23:15:00Z"));

		assertThat(registration.receivedOn()).isEqualTo(LocalDate.of(2024, 11, 1));
		assertThat(facts(event)).last()
			.isEqualTo(new RegistrationReceived(registration.id(), registration.id(), event.id(),
					RegistrationStatus.CONFIRMED, LocalDate.of(2024, 11, 1)));
	}

	// Scheduling

	@Test
	void schedulingRaisesEventScheduledWhoseIdIsTheEvents() {
		Event event = defiPitch(140);

		assertThat(event.status()).isEqualTo(EventStatus.SCHEDULED);
		assertThat(facts(event))
			.containsExactly(new EventScheduled(event.id(), event.id(), EventKind.PITCH_CONTEST, DEFI_PITCH, 140, DAY));
	}

	@Test
	void anEventNeedsAtLeastOnePlaceWhenItHasACapacity() {
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(
				() -> Event.schedule("Défi Pitch", EventKind.PITCH_CONTEST, DEFI_PITCH, null, 0, List.of(), BEFORE));
	}

	// Capacity and waiting list

	@Test
	void registrationsAreConfirmedWhilePlacesAreLeftThenWaitlisted() {
		Event event = defiPitch(2);

		List<Status> statuses = IntStream.range(0, 4)
			.mapToObj((i) -> event.register("Person " + i, "person" + i + "@example.org", BEFORE).status())
			.toList();

		assertThat(statuses).containsExactly(Status.CONFIRMED, Status.CONFIRMED, Status.WAITLISTED, Status.WAITLISTED);
		assertThat(event.confirmed()).isEqualTo(2);
		assertThat(event.waitlisted()).isEqualTo(2);
		assertThat(facts(event)).filteredOn(RegistrationReceived.class::isInstance)
			.extracting((fact) -> ((RegistrationReceived) fact).status())
			.containsExactly(RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED,
					RegistrationStatus.WAITLISTED);
	}

	@Test
	void withoutACapacityEveryRegistrationIsConfirmed() {
		Event event = defiPitch(null);

		IntStream.range(0, 300).forEach((i) -> event.register("Person " + i, "person" + i + "@example.org", BEFORE));

		assertThat(event.confirmed()).isEqualTo(300);
		assertThat(event.waitlisted()).isZero();
	}

	@Test
	void cancellingAConfirmedRegistrationMovesTheOldestWaitlistedOneUp() {
		Event event = defiPitch(1);
		Registration confirmed = event.register("Alex", "alex@example.org", BEFORE);
		Registration firstWaiting = event.register("Bao", "bao@example.org", BEFORE);
		Registration secondWaiting = event.register("Chris", "chris@example.org", BEFORE);
		Stamp cancelledAt = at("2024-10-20T08:00:00Z");

		event.cancelRegistration(confirmed.id(), cancelledAt);

		assertThat(event.registration(firstWaiting.id()).status()).isEqualTo(Status.CONFIRMED);
		assertThat(event.registration(secondWaiting.id()).status()).isEqualTo(Status.WAITLISTED);
		assertThat(event.confirmed()).isEqualTo(1);
		List<Fact> facts = facts(event);
		RegistrationCancelled cancelled = (RegistrationCancelled) facts.get(facts.size() - 2);
		RegistrationMovedUp movedUp = (RegistrationMovedUp) facts.getLast();
		assertThat(cancelled).isEqualTo(
				new RegistrationCancelled(cancelled.factId(), confirmed.id(), event.id(), LocalDate.of(2024, 10, 20)));
		assertThat(movedUp).isEqualTo(
				new RegistrationMovedUp(movedUp.factId(), firstWaiting.id(), event.id(), LocalDate.of(2024, 10, 20)));
		assertThat(List.of(cancelled.factId(), movedUp.factId())).doesNotContain(confirmed.id(), firstWaiting.id())
			.doesNotHaveDuplicates();
	}

	@Test
	void cancellingAWaitlistedRegistrationMovesNobodyUp() {
		Event event = defiPitch(1);
		event.register("Alex", "alex@example.org", BEFORE);
		Registration waiting = event.register("Bao", "bao@example.org", BEFORE);
		Registration last = event.register("Chris", "chris@example.org", BEFORE);

		event.cancelRegistration(waiting.id(), BEFORE);

		assertThat(event.registration(last.id()).status()).isEqualTo(Status.WAITLISTED);
		assertThat(facts(event).getLast()).isInstanceOf(RegistrationCancelled.class);
	}

	@Test
	void aCancelledRegistrationIsGoneAndCannotBeCancelledTwice() {
		Event event = defiPitch(10);
		Registration registration = event.register("Alex", "alex@example.org", BEFORE);

		event.cancelRegistration(registration.id(), BEFORE);

		assertThat(event.activeRegistrations()).isEmpty();
		assertThatExceptionOfType(UnknownResource.class)
			.isThrownBy(() -> event.cancelRegistration(registration.id(), BEFORE));
	}

	@Test
	void anEmailAddressIsRegisteredOncePerEventWhateverItsCase() {
		Event event = defiPitch(10);
		Registration first = event.register("Alex", "alex@example.org", BEFORE);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> event.register("Alex again", " Alex@Example.org ", BEFORE))
			.withMessageContaining("already registered")
			.withMessageNotContaining("alex");

		event.cancelRegistration(first.id(), BEFORE);
		assertThat(event.register("Alex", "alex@example.org", BEFORE).status()).isEqualTo(Status.CONFIRMED);
	}

	@Test
	void registrationsCloseWhenTheEventStarts() {
		Event event = defiPitch(10);
		Registration registration = event.register("Alex", "alex@example.org", BEFORE);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> event.register("Bao", "bao@example.org", new Stamp(DEFI_PITCH, "alice")))
			.withMessageContaining("started");
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> event.cancelRegistration(registration.id(), AFTER));
	}

	// Held and attendance

	@Test
	void anEventIsHeldOnlyOnceItStarted() {
		Event event = defiPitch(140);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> event.hold(new Stamp(DEFI_PITCH.minusSeconds(1), "alice")))
			.withMessageContaining("before it starts");
		String held = event.hold(new Stamp(DEFI_PITCH, "alice"));

		assertThat(event.status()).isEqualTo(EventStatus.HELD);
		assertThat(facts(event).getLast()).isEqualTo(new EventHeld(held, event.id(), EventKind.PITCH_CONTEST, DAY));
		assertThat(held).isNotEqualTo(event.id());
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> event.hold(AFTER));
	}

	@Test
	void registrationsAreClosedOnceTheEventIsHeld() {
		Event event = Event.schedule("Soirée du Club", EventKind.CLUB_EVENING, DEFI_PITCH, null, 10, null, BEFORE);
		event.hold(AFTER);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> event.register("Alex", "alex@example.org", AFTER))
			.withMessageContaining("held");
	}

	@Test
	void attendanceIsRecordedOnlyForAHeldEvent() {
		Event event = defiPitch(140);

		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> event.recordAttendance(140, AFTER))
			.withMessageContaining("held first");
		event.hold(AFTER);
		String attendance = event.recordAttendance(140, AFTER);

		assertThat(event.attendance().count()).isEqualTo(140);
		assertThat(facts(event).getLast())
			.isEqualTo(new AttendanceRecorded(attendance, event.id(), EventKind.PITCH_CONTEST, 140, DAY));
	}

	@Test
	void recordingAttendanceAgainWithdrawsThePreviousRecordThenRecordsTheNewOne() {
		Event event = defiPitch(140);
		event.hold(AFTER);
		String first = event.recordAttendance(130, AFTER);

		String second = event.recordAttendance(140, AFTER);

		assertThat(second).isNotEqualTo(first);
		assertThat(facts(event)).endsWith(new AttendanceWithdrawn(first, event.id(), EventKind.PITCH_CONTEST, DAY),
				new AttendanceRecorded(second, event.id(), EventKind.PITCH_CONTEST, 140, DAY));
		assertThat(event.attendance().count()).isEqualTo(140);
	}

	@Test
	void withdrawingHeldWithdrawsTheAttendanceFirst() {
		Event event = defiPitch(140);
		String held = event.hold(AFTER);
		String attendance = event.recordAttendance(140, AFTER);

		event.withdrawHeld(AFTER);

		assertThat(event.status()).isEqualTo(EventStatus.SCHEDULED);
		assertThat(facts(event)).endsWith(new AttendanceWithdrawn(attendance, event.id(), EventKind.PITCH_CONTEST, DAY),
				new EventHeldWithdrawn(held, event.id(), EventKind.PITCH_CONTEST, DAY));
		assertThatExceptionOfType(UnknownResource.class).isThrownBy(event::attendance);
		assertThatExceptionOfType(UnknownResource.class).isThrownBy(event::held);
	}

	// Cancellation

	@Test
	void cancellingAnEventCancelsItsRegistrationsAndWithdrawingItRestoresThem() {
		Event event = defiPitch(1);
		Registration confirmed = event.register("Alex", "alex@example.org", BEFORE);
		Registration waiting = event.register("Bao", "bao@example.org", BEFORE);

		String cancellation = event.cancel("Salle indisponible", BEFORE);

		assertThat(event.status()).isEqualTo(EventStatus.CANCELLED);
		assertThat(event.activeRegistrations()).extracting(Registration::status)
			.containsExactly(Status.CANCELLED_BY_EVENT, Status.CANCELLED_BY_EVENT);
		assertThat(event.confirmed()).isZero();
		assertThat(facts(event).getLast())
			.isEqualTo(new EventCancelled(cancellation, event.id(), EventKind.PITCH_CONTEST, DAY));
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> event.register("Chris", "chris@example.org", BEFORE))
			.withMessageContaining("cancelled");

		event.withdrawCancellation(BEFORE);

		assertThat(event.status()).isEqualTo(EventStatus.SCHEDULED);
		assertThat(event.registration(confirmed.id()).status()).isEqualTo(Status.CONFIRMED);
		assertThat(event.registration(waiting.id()).status()).isEqualTo(Status.WAITLISTED);
		assertThat(facts(event).getLast())
			.isEqualTo(new EventCancellationWithdrawn(cancellation, event.id(), EventKind.PITCH_CONTEST, DAY));
		assertThat(facts(event)).noneMatch(RegistrationCancelled.class::isInstance);
	}

	@Test
	void aHeldEventCannotBeCancelledNorACancelledOneHeld() {
		Event held = defiPitch(10);
		held.hold(AFTER);
		Event cancelled = defiPitch(10);
		cancelled.cancel(null, BEFORE);

		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> held.cancel("trop tard", AFTER))
			.withMessageContaining("was held");
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> cancelled.hold(AFTER))
			.withMessageContaining("cancelled");
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> cancelled.cancel(null, AFTER));
	}

	// Withdrawing the event

	@Test
	void withdrawingAnEventWithdrawsWhatWasRecordedOnItLatestFirstThenItIsGone() {
		Event event = defiPitch(140);
		String held = event.hold(AFTER);
		String attendance = event.recordAttendance(140, AFTER);

		event.withdraw(AFTER);

		assertThat(facts(event)).endsWith(new AttendanceWithdrawn(attendance, event.id(), EventKind.PITCH_CONTEST, DAY),
				new EventHeldWithdrawn(held, event.id(), EventKind.PITCH_CONTEST, DAY),
				new EventWithdrawn(event.id(), event.id(), EventKind.PITCH_CONTEST, DAY));
		assertThat(event.isWithdrawn()).isTrue();
		assertThatExceptionOfType(UnknownResource.class).isThrownBy(() -> event.withdraw(AFTER));
		assertThatExceptionOfType(UnknownResource.class).isThrownBy(() -> event.hold(AFTER));
	}

	@Test
	void withdrawingACancelledEventWithdrawsItsCancellationFirst() {
		Event event = defiPitch(140);
		String cancellation = event.cancel(null, BEFORE);

		event.withdraw(BEFORE);

		assertThat(facts(event)).endsWith(
				new EventCancellationWithdrawn(cancellation, event.id(), EventKind.PITCH_CONTEST, DAY),
				new EventWithdrawn(event.id(), event.id(), EventKind.PITCH_CONTEST, DAY));
	}

	// Personal data

	@Test
	void noFactCarriesTheTitleVenuePartnersNorARegistrant() {
		Event event = Event.schedule("Défi Pitch", EventKind.PITCH_CONTEST, DEFI_PITCH, "Bistrot de la Scène", 1,
				List.of("SASTI BFC", "Adie"), BEFORE);
		Registration first = event.register("Camille Durand", "camille.durand@example.org", BEFORE);
		event.register("Dominique Martin", "dominique.martin@example.org", BEFORE);
		event.cancelRegistration(first.id(), new Stamp(BEFORE.at().plus(Duration.ofDays(1)), "bob"));
		event.cancel("Camille est malade", new Stamp(BEFORE.at().plus(Duration.ofDays(2)), "bob"));

		assertThat(event.pendingFacts()).hasSize(6)
			.allSatisfy((fact) -> assertThat(fact.data()).doesNotContain("Défi", "Bistrot", "SASTI", "Adie", "Camille",
					"Durand", "Dominique", "Martin", "example.org", "malade"));
		assertThat(first.toString()).doesNotContain("Camille", "example.org");
	}

	// Personal data

	@Test
	void aCancelledRegistrationLosesTheNameAndEMailButKeepsWhoCancelledIt() {
		Event event = defiPitch(10);
		Registration registration = event.register("Camille Durand", "camille@example.org", BEFORE);

		event.cancelRegistration(registration.id(), at("2024-10-20T08:00:00Z"));

		assertThat(event.registrations()).singleElement().satisfies((cancelled) -> {
			assertThat(cancelled.status()).isEqualTo(Status.CANCELLED);
			assertThat(cancelled.name()).isNull();
			assertThat(cancelled.email()).isNull();
			assertThat(cancelled.cancelledBy()).isEqualTo("alice");
		});
		assertThat(event.register("Camille Durand", "camille@example.org", BEFORE).status())
			.isEqualTo(Status.CONFIRMED);
	}

	@Test
	void withdrawingAnEventErasesItsRegistrantsNamesAndEMails() {
		Event event = defiPitch(1);
		event.register("Camille Durand", "camille@example.org", BEFORE);
		event.register("Dominique Martin", "dominique@example.org", BEFORE);

		event.withdraw(BEFORE);

		assertThat(event.registrations()).hasSize(2)
			.allSatisfy((registration) -> assertThat(registration.hasPersonalData()).isFalse());
	}

	@Test
	void erasingARegistrantKeepsTheRegistrationAndItsCountsAndRaisesNoFact() {
		Event event = defiPitch(10);
		Registration registration = event.register("Camille Durand", "camille@example.org", BEFORE);
		int facts = event.pendingFacts().size();

		event.erasePersonalDataOf(registration.id(), at("2024-10-20T08:00:00Z"));

		assertThat(event.registrations()).singleElement().satisfies((erased) -> {
			assertThat(erased.id()).isEqualTo(registration.id());
			assertThat(erased.status()).isEqualTo(Status.CONFIRMED);
			assertThat(erased.hasPersonalData()).isFalse();
		});
		assertThat(event.confirmed()).isEqualTo(1);
		assertThat(event.pendingFacts()).hasSize(facts);
		assertThat(event.auditEntries()).last().satisfies((entry) -> {
			assertThat(entry.fact()).isEqualTo(Event.PERSONAL_DATA_ERASED);
			assertThat(entry.id()).isEqualTo(registration.id());
		});
		assertThatExceptionOfType(UnknownResource.class)
			.isThrownBy(() -> event.erasePersonalDataOf("no-such-registration", BEFORE));
	}

	@Test
	void aSecondRegistrationOfAnAddressNamesTheRegistrationAlreadyThere() {
		Event event = defiPitch(10);
		Registration first = event.register("Camille Durand", "camille@example.org", BEFORE);

		assertThatExceptionOfType(AlreadyRegistered.class)
			.isThrownBy(() -> event.register("C. Durand", " CAMILLE@example.org ", BEFORE))
			.satisfies((ex) -> assertThat(ex.existing()).isEqualTo(first))
			.withMessageNotContaining("camille");
	}

	@Test
	void anEventTakesAtMostMaxRegistrationsCancelledOnesIncluded() {
		Event event = defiPitch(null);
		IntStream.range(0, Event.MAX_REGISTRATIONS - 1)
			.forEach((i) -> event.register("Person " + i, "person" + i + "@example.org", BEFORE));
		Registration last = event.register("Last", "last@example.org", BEFORE);
		event.cancelRegistration(last.id(), BEFORE);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> event.register("One more", "more@example.org", BEFORE))
			.withMessageContaining(String.valueOf(Event.MAX_REGISTRATIONS));
	}

	private static Stamp at(String instant) {
		return new Stamp(Instant.parse(instant), "alice");
	}

	private static Event defiPitch(Integer capacity) {
		return Event.schedule("Défi Pitch", EventKind.PITCH_CONTEST, DEFI_PITCH, "Bistrot de la Scène", capacity,
				List.of("SASTI BFC", "Adie", "CAE Bourgogne", "BGE Perspectives"), BEFORE);
	}

	private static List<Fact> facts(Event event) {
		return event.pendingFacts().stream().map(EventTests::read).toList();
	}

	private static Fact read(PendingFact pending) {
		FactType type = FactCatalog.byCloudEventType(pending.type()).orElseThrow();
		return FactJson.read(pending.data().getBytes(StandardCharsets.UTF_8), type.javaType());
	}

}
