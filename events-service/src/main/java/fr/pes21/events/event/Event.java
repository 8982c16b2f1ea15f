package fr.pes21.events.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
import fr.pes21.platform.outbox.OutboxAggregate;
import fr.pes21.platform.problem.RuleViolation;
import fr.pes21.platform.problem.UnknownResource;

import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An event of the association (a Club des Entrepreneurs evening, a Mois de l'ESS pitch
 * contest, an expert talk, a course...) with its registrations, held or cancelled, and
 * its attendance. The registrations live in this document so that capacity and waiting
 * list are decided on one consistent state, saved by one atomic write with its facts (see
 * the README, "Registrations and concurrency"). Facts carry ids, kinds, instants, days
 * and counts: never the title, venue, partners or registrants.
 */
@Document("events")
class Event extends OutboxAggregate {

	/**
	 * Business dates are days in Europe/Paris (docs/domain.md): an event's is the day it
	 * starts there.
	 */
	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private String title;

	private EventKind kind;

	@Indexed
	private Instant startsAt;

	private String venue;

	private Integer capacity;

	private List<String> partners = new ArrayList<>();

	/** Every registration ever received, in the order received (the waiting list's). */
	private List<Registration> registrations = new ArrayList<>();

	private Held held;

	private Attendance attendance;

	private Cancellation cancellation;

	private Instant recordedAt;

	private Instant withdrawnAt;

	private Event() {
	}

	/**
	 * Schedules an event; {@code capacity} is the number of places, none for no limit.
	 * Past events can be scheduled too (they are recorded after the fact).
	 */
	static Event schedule(String title, EventKind kind, Instant startsAt, String venue, Integer capacity,
			List<String> partners, Instant now) {
		if (isBlank(title) || kind == null || startsAt == null) {
			throw new RuleViolation("An event needs its title, kind and start.");
		}
		if (capacity != null && capacity < 1) {
			throw new RuleViolation("An event's capacity is at least 1 place (leave it out for no limit).");
		}
		Event event = new Event();
		event.id = newId();
		event.title = title.strip();
		event.kind = kind;
		event.startsAt = startsAt;
		event.venue = blankToNull(venue);
		event.capacity = capacity;
		event.partners = (partners != null)
				? partners.stream().filter((partner) -> !isBlank(partner)).map(String::strip).toList() : List.of();
		event.recordedAt = now;
		// The scheduling's fact id is the event id (see the contracts).
		event.raise(new EventScheduled(event.id, event.id, kind, startsAt, capacity, event.day()), now);
		return event;
	}

	/**
	 * Registers a person: confirmed while places are left, waitlisted beyond. One active
	 * registration per e-mail address; registrations close when the event starts, is held
	 * or is cancelled.
	 */
	Registration register(String name, String email, Instant now) {
		requireActive();
		requireRegistrationsOpen(now);
		if (isBlank(name) || isBlank(email)) {
			throw new RuleViolation("A registration needs the person's name and e-mail address.");
		}
		if (activeRegistrations().stream().anyMatch((registration) -> registration.isFor(email))) {
			// The detail goes back to the caller only, and names no one.
			throw new RuleViolation("This e-mail address is already registered for this event; cancel that "
					+ "registration first to register it again.");
		}
		Status status = hasFreePlace() ? Status.CONFIRMED : Status.WAITLISTED;
		Registration registration = Registration.received(newId(), name.strip(), email.strip(), status, now,
				dayOf(now));
		this.registrations.add(registration);
		// The registration's fact id is the registration id (see the contracts).
		raise(new RegistrationReceived(registration.id(), registration.id(), this.id,
				RegistrationStatus.valueOf(status.name()), registration.receivedOn()), now);
		return registration;
	}

	/**
	 * Cancels a registration; a confirmed one frees its place, which the oldest
	 * waitlisted registration takes.
	 */
	void cancelRegistration(String registrationId, Instant now) {
		Registration registration = registration(registrationId);
		requireRegistrationsOpen(now);
		replace(registration, registration.cancelled(now));
		raise(new RegistrationCancelled(newId(), registration.id(), this.id, dayOf(now)), now);
		if (registration.is(Status.CONFIRMED)) {
			moveUpWaitlisted(now);
		}
	}

	/** Records that the event took place; answers the record's id. */
	String hold(Instant now) {
		requireActive();
		if (isCancelled()) {
			throw new RuleViolation("This event was cancelled, so it cannot be held; withdraw the cancellation first "
					+ "if it took place after all.");
		}
		if (isHeld()) {
			throw new RuleViolation("This event is already recorded as held; withdraw that record to correct it.");
		}
		if (this.startsAt.isAfter(now)) {
			throw new RuleViolation("An event cannot be recorded as held before it starts (" + this.startsAt + ").");
		}
		this.held = new Held(newId(), now, null);
		raise(new EventHeld(this.held.id(), this.id, this.kind, day()), now);
		return this.held.id();
	}

	/**
	 * Records how many people came; answers the record's id. Recording it again replaces
	 * the previous figure: its withdrawal, then the new record, in the same save
	 * (decision 8).
	 */
	String recordAttendance(int count, Instant now) {
		requireActive();
		if (count < 0) {
			throw new RuleViolation("An attendance cannot be a negative number.");
		}
		if (!isHeld()) {
			throw new RuleViolation(
					"Attendance is recorded for an event that was held: record that it was held " + "first.");
		}
		if (hasAttendance()) {
			withdrawAttendance(now);
		}
		this.attendance = new Attendance(newId(), count, now, null);
		raise(new AttendanceRecorded(this.attendance.id(), this.id, this.kind, count, day()), now);
		return this.attendance.id();
	}

	/**
	 * Cancels the event; answers the cancellation's id. Its registrations are cancelled
	 * with it (and come back if the cancellation is withdrawn). A held event cannot be
	 * cancelled.
	 */
	String cancel(String reason, Instant now) {
		requireActive();
		if (isHeld()) {
			throw new RuleViolation("This event was held, so it cannot be cancelled; withdraw the record that it was "
					+ "held first if it is a mistake.");
		}
		if (isCancelled()) {
			throw new RuleViolation("This event is already cancelled.");
		}
		this.registrations
			.replaceAll((registration) -> (registration.is(Status.CONFIRMED) || registration.is(Status.WAITLISTED))
					? registration.cancelledByEvent() : registration);
		this.cancellation = new Cancellation(newId(), blankToNull(reason), now, null);
		raise(new EventCancelled(this.cancellation.id(), this.id, this.kind, day()), now);
		return this.cancellation.id();
	}

	void withdrawAttendance(Instant now) {
		Attendance withdrawn = attendance();
		this.attendance = withdrawn.withdrawn(now);
		raise(new AttendanceWithdrawn(withdrawn.id(), this.id, this.kind, day()), now);
	}

	/** Withdraws the record that the event was held, and its attendance first. */
	void withdrawHeld(Instant now) {
		Held withdrawn = held();
		if (hasAttendance()) {
			withdrawAttendance(now);
		}
		this.held = withdrawn.withdrawn(now);
		raise(new EventHeldWithdrawn(withdrawn.id(), this.id, this.kind, day()), now);
	}

	/**
	 * Withdraws the cancellation: the event is scheduled again and its registrations are
	 * back to what they were.
	 */
	void withdrawCancellation(Instant now) {
		Cancellation withdrawn = cancellation();
		this.registrations.replaceAll((registration) -> registration.is(Status.CANCELLED_BY_EVENT)
				? registration.restoredAfterEventCancellation() : registration);
		this.cancellation = withdrawn.withdrawn(now);
		raise(new EventCancellationWithdrawn(withdrawn.id(), this.id, this.kind, day()), now);
	}

	/**
	 * Withdraws the whole event, entered by mistake: what was recorded on it, latest
	 * first (attendance, held, cancellation), then its scheduling. It is gone afterwards.
	 */
	void withdraw(Instant now) {
		requireActive();
		if (isHeld()) {
			withdrawHeld(now);
		}
		if (isCancelled()) {
			withdrawCancellation(now);
		}
		this.withdrawnAt = now;
		raise(new EventWithdrawn(this.id, this.id, this.kind, day()), now);
	}

	String id() {
		return this.id;
	}

	String title() {
		return this.title;
	}

	EventKind kind() {
		return this.kind;
	}

	Instant startsAt() {
		return this.startsAt;
	}

	/** The event's business date: the day it starts in Europe/Paris. */
	LocalDate day() {
		return dayOf(this.startsAt);
	}

	String venue() {
		return this.venue;
	}

	Integer capacity() {
		return this.capacity;
	}

	List<String> partners() {
		return List.copyOf(this.partners);
	}

	EventStatus status() {
		if (isCancelled()) {
			return EventStatus.CANCELLED;
		}
		return isHeld() ? EventStatus.HELD : EventStatus.SCHEDULED;
	}

	boolean isWithdrawn() {
		return this.withdrawnAt != null;
	}

	boolean isHeld() {
		return this.held != null && this.held.isActive();
	}

	boolean hasAttendance() {
		return this.attendance != null && this.attendance.isActive();
	}

	boolean isCancelled() {
		return this.cancellation != null && this.cancellation.isActive();
	}

	int confirmed() {
		return count(Status.CONFIRMED);
	}

	int waitlisted() {
		return count(Status.WAITLISTED);
	}

	/** Registrations not cancelled (by the person), in the order received. */
	List<Registration> activeRegistrations() {
		return this.registrations.stream().filter(Registration::isActive).toList();
	}

	/** The registration with this id, unless it was cancelled. */
	Registration registration(String registrationId) {
		requireActive();
		return activeRegistrations().stream()
			.filter((registration) -> registration.id().equals(registrationId))
			.findFirst()
			.orElseThrow(() -> new UnknownResource("registration for event " + this.id, registrationId));
	}

	/** The record that the event was held, when recorded and not withdrawn. */
	Held held() {
		requireActive();
		if (!isHeld()) {
			throw new UnknownResource("record that it was held for the event", this.id);
		}
		return this.held;
	}

	/** The attendance, when recorded and not withdrawn. */
	Attendance attendance() {
		requireActive();
		if (!hasAttendance()) {
			throw new UnknownResource("attendance recorded for the event", this.id);
		}
		return this.attendance;
	}

	/** The cancellation, when recorded and not withdrawn. */
	Cancellation cancellation() {
		requireActive();
		if (!isCancelled()) {
			throw new UnknownResource("cancellation of the event", this.id);
		}
		return this.cancellation;
	}

	private void requireRegistrationsOpen(Instant now) {
		if (isCancelled()) {
			throw new RuleViolation("Registrations are closed: this event was cancelled (withdraw the cancellation "
					+ "to reopen them).");
		}
		if (isHeld()) {
			throw new RuleViolation("Registrations are closed: this event was held; record its attendance instead.");
		}
		if (!now.isBefore(this.startsAt)) {
			throw new RuleViolation("Registrations are closed: this event started (" + this.startsAt
					+ "); record its attendance " + "once it is held.");
		}
	}

	private boolean hasFreePlace() {
		return this.capacity == null || confirmed() < this.capacity;
	}

	/** Confirms the oldest waitlisted registrations while places are free. */
	private void moveUpWaitlisted(Instant now) {
		while (hasFreePlace()) {
			Optional<Registration> oldest = this.registrations.stream()
				.filter((registration) -> registration.is(Status.WAITLISTED))
				.findFirst();
			if (oldest.isEmpty()) {
				return;
			}
			replace(oldest.get(), oldest.get().movedUp(now));
			raise(new RegistrationMovedUp(newId(), oldest.get().id(), this.id, dayOf(now)), now);
		}
	}

	private int count(Status status) {
		return (int) this.registrations.stream().filter((registration) -> registration.is(status)).count();
	}

	private void replace(Registration current, Registration replacement) {
		this.registrations.set(this.registrations.indexOf(current), replacement);
	}

	private void requireActive() {
		if (isWithdrawn()) {
			throw new UnknownResource("event", this.id);
		}
	}

	private static LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, PARIS);
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String blankToNull(String text) {
		return isBlank(text) ? null : text.strip();
	}

}
