package fr.pes21.events.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.pes21.contracts.events.EventKind;
import fr.pes21.platform.audit.AuditFields;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An event as {@code GET /api/events/{id}} shows it: what it is, where it stands, its
 * registration counts and the facts recorded on it. The registrations themselves are
 * personal data: the {@code registrations} field is absent unless the reader may see them
 * (STAFF, ADMIN), and so are who recorded each fact and when (the audit fields).
 *
 * @param date the event's business date: the day it starts in Europe/Paris
 */
record EventView(String id, String title, EventKind kind, Instant startsAt, LocalDate date,
		@Schema(nullable = true) String venue, @Schema(nullable = true) Integer capacity, List<String> partners,
		EventStatus status, int confirmed, int waitlisted, @Schema(nullable = true) HeldView held,
		@Schema(nullable = true) AttendanceView attendance, @Schema(nullable = true) CancellationView cancellation,
		@Schema(description = "STAFF and ADMIN only: absent for other roles") @JsonInclude(JsonInclude.Include.NON_NULL) List<RegistrationView> registrations,
		@JsonUnwrapped AuditFields audit) {

	static EventView of(Event event, boolean withPersonalData) {
		return new EventView(event.id(), event.title(), event.kind(), event.startsAt(), event.day(), event.venue(),
				event.capacity(), event.partners(), event.status(), event.confirmed(), event.waitlisted(),
				event.isHeld() ? HeldView.of(event, event.held(), withPersonalData) : null,
				event.hasAttendance() ? AttendanceView.of(event, event.attendance(), withPersonalData) : null,
				event.isCancelled() ? CancellationView.of(event, event.cancellation(), withPersonalData) : null,
				withPersonalData ? event.activeRegistrations()
					.stream()
					.map((registration) -> RegistrationView.of(event, registration))
					.toList() : null,
				AuditFields.of(event.recorded(), withPersonalData));
	}

	/** The record that the event was held, at {@code /api/events/{id}/held}. */
	record HeldView(String id, String eventId, LocalDate date, @JsonUnwrapped AuditFields audit) {

		static HeldView of(Event event, Held held, boolean withAudit) {
			return new HeldView(held.id(), event.id(), event.day(), AuditFields.of(held.recorded(), withAudit));
		}

	}

	/** The attendance, at {@code /api/events/{id}/attendance}. */
	record AttendanceView(String id, String eventId, int count, LocalDate date, @JsonUnwrapped AuditFields audit) {

		static AttendanceView of(Event event, Attendance attendance, boolean withAudit) {
			return new AttendanceView(attendance.id(), event.id(), attendance.count(), event.day(),
					AuditFields.of(attendance.recorded(), withAudit));
		}

	}

	/** The cancellation, at {@code /api/events/{id}/cancellation}. */
	record CancellationView(String id, String eventId, @Schema(nullable = true) String reason, LocalDate date,
			@JsonUnwrapped AuditFields audit) {

		static CancellationView of(Event event, Cancellation cancellation, boolean withAudit) {
			return new CancellationView(cancellation.id(), event.id(), cancellation.reason(), event.day(),
					AuditFields.of(cancellation.recorded(), withAudit));
		}

	}

}
