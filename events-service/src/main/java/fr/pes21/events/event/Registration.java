package fr.pes21.events.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A person registered for an event ("inscription"). The name and e-mail address are
 * personal data: they stay in this service, are shown to STAFF and ADMIN only, and never
 * go into a fact or a log line (hence {@link #toString()}).
 *
 * @param statusBeforeEventCancellation what the registration was before its event was
 * cancelled, restored if that cancellation is withdrawn
 */
record Registration(String id, String name, String email, Status status, Instant receivedAt, LocalDate receivedOn,
		Instant movedUpAt, Status statusBeforeEventCancellation, Instant cancelledAt) {

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

	static Registration received(String id, String name, String email, Status status, Instant at, LocalDate on) {
		return new Registration(id, name, email, status, at, on, null, null, null);
	}

	boolean isActive() {
		return this.status != Status.CANCELLED;
	}

	boolean is(Status status) {
		return this.status == status;
	}

	/** E-mail addresses are compared without case, as mail systems do in practice. */
	boolean isFor(String email) {
		return this.email.strip().toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT));
	}

	Registration cancelled(Instant at) {
		return new Registration(this.id, this.name, this.email, Status.CANCELLED, this.receivedAt, this.receivedOn,
				this.movedUpAt, null, at);
	}

	Registration movedUp(Instant at) {
		return new Registration(this.id, this.name, this.email, Status.CONFIRMED, this.receivedAt, this.receivedOn, at,
				null, null);
	}

	Registration cancelledByEvent() {
		return new Registration(this.id, this.name, this.email, Status.CANCELLED_BY_EVENT, this.receivedAt,
				this.receivedOn, this.movedUpAt, this.status, null);
	}

	Registration restoredAfterEventCancellation() {
		return new Registration(this.id, this.name, this.email, this.statusBeforeEventCancellation, this.receivedAt,
				this.receivedOn, this.movedUpAt, null, null);
	}

	@Override
	public String toString() {
		return "Registration[id=" + this.id + ", status=" + this.status + "]";
	}

}
