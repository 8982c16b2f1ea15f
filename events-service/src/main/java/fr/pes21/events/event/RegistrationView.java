package fr.pes21.events.event;

import java.time.LocalDate;

import fr.pes21.events.event.Registration.Status;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A registration as STAFF and ADMIN read it, with the person's name and e-mail address
 * (kept out of {@link #toString()}, which frameworks may log).
 *
 * @param movedUpOn the day it left the waiting list, if it did
 */
record RegistrationView(String id, String eventId, String name, String email, Status status, LocalDate receivedOn,
		@Schema(nullable = true) LocalDate movedUpOn) {

	static RegistrationView of(Event event, Registration registration) {
		return new RegistrationView(registration.id(), event.id(), registration.name(), registration.email(),
				registration.status(), registration.receivedOn(),
				(registration.movedUpAt() != null) ? LocalDate.ofInstant(registration.movedUpAt(), Event.PARIS) : null);
	}

	@Override
	public String toString() {
		return "RegistrationView[id=" + this.id + ", eventId=" + this.eventId + ", status=" + this.status + "]";
	}

}
