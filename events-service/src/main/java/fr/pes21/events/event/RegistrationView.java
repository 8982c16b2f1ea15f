package fr.pes21.events.event;

import java.time.Instant;
import java.time.LocalDate;

import fr.pes21.events.event.Registration.Status;
import fr.pes21.platform.audit.Stamp;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A registration as STAFF and ADMIN read it, with the person's name and e-mail address
 * (kept out of {@link #toString()}, which frameworks may log).
 *
 * @param movedUpOn the day it left the waiting list, if it did
 * @param receivedAt when it was recorded
 * @param receivedBy who recorded it (user name), {@code null} for a registration received
 * before the audit trail
 */
record RegistrationView(String id, String eventId,
		@Schema(nullable = true,
				description = "null once erased (past its retention, or at the person's request)") String name,
		@Schema(nullable = true, description = "null once erased") String email, Status status, LocalDate receivedOn,
		@Schema(nullable = true) LocalDate movedUpOn, Instant receivedAt,
		@Schema(nullable = true, description = "Who recorded it (user name)") String receivedBy) {

	static RegistrationView of(Event event, Registration registration) {
		return new RegistrationView(registration.id(), event.id(), registration.name(), registration.email(),
				registration.status(), registration.receivedOn(),
				(registration.movedUpAt() != null) ? Stamp.dayOf(registration.movedUpAt()) : null,
				registration.receivedAt(), registration.receivedBy());
	}

	@Override
	public String toString() {
		return "RegistrationView[id=" + this.id + ", eventId=" + this.eventId + ", status=" + this.status + "]";
	}

}
