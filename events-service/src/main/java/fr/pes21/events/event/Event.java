package fr.pes21.events.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import fr.pes21.platform.audit.AuditEntry;
import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.platform.outbox.OutboxAggregate;
import fr.pes21.platform.problem.RuleViolation;
import fr.pes21.platform.problem.UnknownResource;

import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

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
	 * The most registrations an event takes, cancelled ones included, so that its
	 * document stays far below MongoDB's 16 MiB (docs/decisions/0020).
	 */
	static final int MAX_REGISTRATIONS = 5_000;

	/**
	 * The name of an erasure in the audit trail (it is no fact: it is never published).
	 */
	static final String PERSONAL_DATA_ERASED = "PersonalDataErased";

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

	/**
	 * The records that it was held, of its attendance and of its cancellation made before
	 * the current ones, each withdrawn (the audit trail keeps them).
	 */
	private List<Held> withdrawnHelds = new ArrayList<>();

	private List<Attendance> withdrawnAttendances = new ArrayList<>();

	private List<Cancellation> withdrawnCancellations = new ArrayList<>();

	/** The event's scheduling: who recorded it and when, and its withdrawal. */
	@Unwrapped.Nullable
	private Recorded recorded;

	/**
	 * The erasures of registrants' personal data: who did each and when (the id is the
	 * registration's, or the event's for a retention sweep), nothing of what was erased.
	 */
	private List<Recorded> erasures = new ArrayList<>();

	private Event() {
	}

	/**
	 * Schedules an event; {@code capacity} is the number of places, none for no limit.
	 * Past events can be scheduled too (they are recorded after the fact).
	 */
	static Event schedule(String title, EventKind kind, Instant startsAt, String venue, Integer capacity,
			List<String> partners, Stamp stamp) {
		if (isBlank(title) || kind == null || startsAt == null) {
			throw new RuleViolation("An event needs its title, kind and start.");
		}
		if (capacity != null && capacity < 1) {
			throw new RuleViolation("An event's capacity is at least 1 place (leave it out for no limit).");
		}
		Event event = new Event();
		event.id = Recorded.newId();
		event.title = title.strip();
		event.kind = kind;
		event.startsAt = startsAt;
		event.venue = blankToNull(venue);
		event.capacity = capacity;
		event.partners = (partners != null)
				? partners.stream().filter((partner) -> !isBlank(partner)).map(String::strip).toList() : List.of();
		event.recorded = Recorded.as(event.id, stamp);
		// The scheduling's fact id is the event id (see the contracts).
		event.raise(new EventScheduled(event.id, event.id, kind, startsAt, capacity, event.day()), stamp.at());
		return event;
	}

	/**
	 * Registers a person: confirmed while places are left, waitlisted beyond. One active
	 * registration per e-mail address; registrations close when the event starts, is held
	 * or is cancelled.
	 */
	Registration register(String name, String email, Stamp stamp) {
		requireActive();
		requireRegistrationsOpen(stamp);
		if (isBlank(name) || isBlank(email)) {
			throw new RuleViolation("A registration needs the person's name and e-mail address.");
		}
		Optional<Registration> existing = activeRegistrations().stream()
			.filter((registration) -> registration.isFor(email))
			.findFirst();
		if (existing.isPresent()) {
			throw new AlreadyRegistered(existing.get());
		}
		if (this.registrations.size() >= MAX_REGISTRATIONS) {
			throw new RuleViolation("This event has received " + MAX_REGISTRATIONS
					+ " registrations, the most an event takes; record the next ones on a new event.");
		}
		Status status = hasFreePlace() ? Status.CONFIRMED : Status.WAITLISTED;
		Registration registration = Registration.received(Recorded.newId(), name.strip(), email.strip(), status, stamp);
		this.registrations.add(registration);
		// The registration's fact id is the registration id (see the contracts).
		raise(new RegistrationReceived(registration.id(), registration.id(), this.id,
				RegistrationStatus.valueOf(status.name()), registration.receivedOn()), stamp.at());
		return registration;
	}

	/**
	 * Cancels a registration; a confirmed one frees its place, which the oldest
	 * waitlisted registration takes.
	 */
	void cancelRegistration(String registrationId, Stamp stamp) {
		Registration registration = registration(registrationId);
		requireRegistrationsOpen(stamp);
		replace(registration, registration.cancelled(stamp));
		raise(new RegistrationCancelled(Recorded.newId(), registration.id(), this.id, stamp.day()), stamp.at());
		if (registration.is(Status.CONFIRMED)) {
			moveUpWaitlisted(stamp);
		}
	}

	/** Records that the event took place; answers the record's id. */
	String hold(Stamp stamp) {
		requireActive();
		if (isCancelled()) {
			throw new RuleViolation("This event was cancelled, so it cannot be held; withdraw the cancellation first "
					+ "if it took place after all.");
		}
		if (isHeld()) {
			throw new RuleViolation("This event is already recorded as held; withdraw that record to correct it.");
		}
		if (this.startsAt.isAfter(stamp.at())) {
			throw new RuleViolation("An event cannot be recorded as held before it starts (" + this.startsAt + ").");
		}
		if (this.held != null) {
			this.withdrawnHelds.add(this.held);
		}
		this.held = new Held(Recorded.now(stamp));
		raise(new EventHeld(this.held.id(), this.id, this.kind, day()), stamp.at());
		return this.held.id();
	}

	/**
	 * Records how many people came; answers the record's id. Recording it again replaces
	 * the previous figure: its withdrawal, then the new record, in the same save
	 * (decision 8).
	 */
	String recordAttendance(int count, Stamp stamp) {
		requireActive();
		if (count < 0) {
			throw new RuleViolation("An attendance cannot be a negative number.");
		}
		if (!isHeld()) {
			throw new RuleViolation(
					"Attendance is recorded for an event that was held: record that it was held " + "first.");
		}
		if (hasAttendance()) {
			withdrawAttendance(stamp);
		}
		if (this.attendance != null) {
			this.withdrawnAttendances.add(this.attendance);
		}
		this.attendance = new Attendance(Recorded.now(stamp), count);
		raise(new AttendanceRecorded(this.attendance.id(), this.id, this.kind, count, day()), stamp.at());
		return this.attendance.id();
	}

	/**
	 * Cancels the event; answers the cancellation's id. Its registrations are cancelled
	 * with it (and come back if the cancellation is withdrawn). A held event cannot be
	 * cancelled.
	 */
	String cancel(String reason, Stamp stamp) {
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
		if (this.cancellation != null) {
			this.withdrawnCancellations.add(this.cancellation);
		}
		this.cancellation = new Cancellation(Recorded.now(stamp), blankToNull(reason));
		raise(new EventCancelled(this.cancellation.id(), this.id, this.kind, day()), stamp.at());
		return this.cancellation.id();
	}

	void withdrawAttendance(Stamp stamp) {
		Attendance withdrawn = attendance();
		this.attendance = withdrawn.withdrawn(stamp);
		raise(new AttendanceWithdrawn(withdrawn.id(), this.id, this.kind, day()), stamp.at());
	}

	/** Withdraws the record that the event was held, and its attendance first. */
	void withdrawHeld(Stamp stamp) {
		Held withdrawn = held();
		if (hasAttendance()) {
			withdrawAttendance(stamp);
		}
		this.held = withdrawn.withdrawn(stamp);
		raise(new EventHeldWithdrawn(withdrawn.id(), this.id, this.kind, day()), stamp.at());
	}

	/**
	 * Withdraws the cancellation: the event is scheduled again and its registrations are
	 * back to what they were.
	 */
	void withdrawCancellation(Stamp stamp) {
		Cancellation withdrawn = cancellation();
		this.registrations.replaceAll((registration) -> registration.is(Status.CANCELLED_BY_EVENT)
				? registration.restoredAfterEventCancellation() : registration);
		this.cancellation = withdrawn.withdrawn(stamp);
		raise(new EventCancellationWithdrawn(withdrawn.id(), this.id, this.kind, day()), stamp.at());
	}

	/**
	 * Withdraws the whole event, entered by mistake: what was recorded on it, latest
	 * first (attendance, held, cancellation), then its scheduling. It is gone afterwards.
	 */
	void withdraw(Stamp stamp) {
		requireActive();
		if (isHeld()) {
			withdrawHeld(stamp);
		}
		if (isCancelled()) {
			withdrawCancellation(stamp);
		}
		this.registrations.replaceAll(Registration::erased);
		this.recorded = this.recorded.withdrawn(stamp);
		raise(new EventWithdrawn(this.id, this.id, this.kind, day()), stamp.at());
	}

	/**
	 * Erases a registrant's name and e-mail address at their request (GDPR), the
	 * registration cancelled or the event withdrawn or not: no fact is raised, so no
	 * figure changes; the erasure itself is kept (who, when), without what was erased.
	 */
	void erasePersonalDataOf(String registrationId, Stamp stamp) {
		Registration registration = this.registrations.stream()
			.filter((candidate) -> candidate.id().equals(registrationId))
			.findFirst()
			.orElseThrow(() -> new UnknownResource("registration for event " + this.id, registrationId));
		replace(registration, registration.erased());
		this.erasures.add(Recorded.as(registrationId, stamp));
	}

	/**
	 * Erases the name and e-mail address of every registration once they are no longer
	 * needed (past the retention period); answers whether there was anything to erase.
	 */
	boolean eraseRegistrantsPersonalData(Stamp stamp) {
		if (this.registrations.stream().noneMatch(Registration::hasPersonalData)) {
			return false;
		}
		this.registrations.replaceAll(Registration::erased);
		this.erasures.add(Recorded.as(this.id, stamp));
		return true;
	}

	/**
	 * Every registration ever received, cancelled ones included, in the order received.
	 */
	List<Registration> registrations() {
		return List.copyOf(this.registrations);
	}

	String id() {
		return this.id;
	}

	/** The event's scheduling: who recorded it and when, and its withdrawal. */
	Recorded recorded() {
		return this.recorded;
	}

	/**
	 * Its scheduling and every fact recorded on it (registrations, their cancellations
	 * standing as withdrawals, held, attendance, cancellation), withdrawn ones included,
	 * with who recorded and withdrew each and when.
	 */
	List<AuditEntry> auditEntries() {
		String path = EventController.EVENTS + "/" + this.id;
		List<AuditEntry> entries = new ArrayList<>();
		entries.add(AuditEntry.of("EventScheduled", path, this.recorded));
		this.registrations.forEach((registration) -> entries.add(AuditEntry.of("RegistrationReceived",
				path + "/registrations/" + registration.id(), registration.asRecorded())));
		all(this.withdrawnHelds, this.held)
			.forEach((held) -> entries.add(AuditEntry.of("EventHeld", path + "/held", held.recorded())));
		all(this.withdrawnAttendances, this.attendance).forEach((attendance) -> entries
			.add(AuditEntry.of("AttendanceRecorded", path + "/attendance", attendance.recorded())));
		all(this.withdrawnCancellations, this.cancellation).forEach((cancellation) -> entries
			.add(AuditEntry.of("EventCancelled", path + "/cancellation", cancellation.recorded())));
		this.erasures.forEach((erasure) -> entries.add(AuditEntry.of(PERSONAL_DATA_ERASED,
				erasure.id().equals(this.id) ? path : path + "/registrations/" + erasure.id(), erasure)));
		return entries;
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
		return Stamp.dayOf(this.startsAt);
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
		return !this.recorded.isActive();
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

	private void requireRegistrationsOpen(Stamp stamp) {
		if (isCancelled()) {
			throw new RuleViolation("Registrations are closed: this event was cancelled (withdraw the cancellation "
					+ "to reopen them).");
		}
		if (isHeld()) {
			throw new RuleViolation("Registrations are closed: this event was held; record its attendance instead.");
		}
		if (!stamp.at().isBefore(this.startsAt)) {
			throw new RuleViolation("Registrations are closed: this event started (" + this.startsAt
					+ "); record its attendance " + "once it is held.");
		}
	}

	private boolean hasFreePlace() {
		return this.capacity == null || confirmed() < this.capacity;
	}

	/** Confirms the oldest waitlisted registrations while places are free. */
	private void moveUpWaitlisted(Stamp stamp) {
		while (hasFreePlace()) {
			Optional<Registration> oldest = this.registrations.stream()
				.filter((registration) -> registration.is(Status.WAITLISTED))
				.findFirst();
			if (oldest.isEmpty()) {
				return;
			}
			replace(oldest.get(), oldest.get().movedUp(stamp.at()));
			raise(new RegistrationMovedUp(Recorded.newId(), oldest.get().id(), this.id, stamp.day()), stamp.at());
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

	private static <T> List<T> all(List<T> earlier, T current) {
		List<T> all = new ArrayList<>(earlier);
		if (current != null) {
			all.add(current);
		}
		return all;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String blankToNull(String text) {
		return isBlank(text) ? null : text.strip();
	}

}
