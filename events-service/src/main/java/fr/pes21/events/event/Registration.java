package fr.pes21.events.event;

import java.time.Instant;
import java.time.LocalDate;

import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A person registered for an event ("inscription"). The name and e-mail address are
 * personal data: they stay in this service, are shown to STAFF and ADMIN only, and never
 * go into a fact or a log line (hence {@link #toString()}).
 *
 * @param receivedBy who recorded it (the subject of the token); absent from registrations
 * received before the audit trail
 * @param statusBeforeEventCancellation what the registration was before its event was
 * cancelled, restored if that cancellation is withdrawn
 * @param cancelledBy who cancelled it
 */
record Registration(String id, String name, String email, Status status, Instant receivedAt, String receivedBy,
		LocalDate receivedOn, Instant movedUpAt, Status statusBeforeEventCancellation, Instant cancelledAt,
		String cancelledBy) {

	/** Where a registration stands. */
	@Schema(name = "RegistrationStatus")
	enum Status {

		/** Within the event's capacity: the person has a place. */
		CONFIRMED,

		/**
		 * Beyond capacity, on the waiting list ("liste d'attente"): moves up, oldest
		 * first, when a place is freed.
		 */
		WAITLISTED,

		/** Cancelled by the person or by staff. */
		CANCELLED,

		/**
		 * The event was cancelled; back to its previous status if that cancellation is
		 * withdrawn.
		 */
		CANCELLED_BY_EVENT

	}

	static Registration received(String id, String name, String email, Status status, Stamp stamp) {
		return new Registration(id, name, email, status, stamp.at(), stamp.by(), stamp.day(), null, null, null, null);
	}

	/**
	 * The registration as a recorded fact of the audit trail: its cancellation stands as
	 * its withdrawal.
	 */
	Recorded asRecorded() {
		return new Recorded(this.id, this.receivedAt, this.receivedBy, this.cancelledAt, this.cancelledBy);
	}

	boolean isActive() {
		return this.status != Status.CANCELLED;
	}

	boolean is(Status status) {
		return this.status == status;
	}

	/** E-mail addresses are compared without case, as mail systems do in practice. */
	boolean isFor(String email) {
		return this.email != null && this.email.strip().equalsIgnoreCase(email.strip());
	}

	/** Whether it still holds the person's name or e-mail address. */
	boolean hasPersonalData() {
		return this.name != null || this.email != null;
	}

	/**
	 * The registration without the person's name and e-mail address (cancelled, its event
	 * withdrawn, past its retention or erased at the person's request); the rest stays,
	 * so counts and facts keep their meaning.
	 */
	Registration erased() {
		return new Registration(this.id, null, null, this.status, this.receivedAt, this.receivedBy, this.receivedOn,
				this.movedUpAt, this.statusBeforeEventCancellation, this.cancelledAt, this.cancelledBy);
	}

	/** The registration, cancelled: the person's name and e-mail go with it. */
	Registration cancelled(Stamp stamp) {
		return new Registration(this.id, null, null, Status.CANCELLED, this.receivedAt, this.receivedBy,
				this.receivedOn, this.movedUpAt, null, stamp.at(), stamp.by());
	}

	Registration movedUp(Instant at) {
		return new Registration(this.id, this.name, this.email, Status.CONFIRMED, this.receivedAt, this.receivedBy,
				this.receivedOn, at, null, null, null);
	}

	Registration cancelledByEvent() {
		return new Registration(this.id, this.name, this.email, Status.CANCELLED_BY_EVENT, this.receivedAt,
				this.receivedBy, this.receivedOn, this.movedUpAt, this.status, null, null);
	}

	Registration restoredAfterEventCancellation() {
		return new Registration(this.id, this.name, this.email, this.statusBeforeEventCancellation, this.receivedAt,
				this.receivedBy, this.receivedOn, this.movedUpAt, null, null, null);
	}

	@Override
	public String toString() {
		return "Registration[id=" + this.id + ", status=" + this.status + "]";
	}

}
