package fr.pes21.events.event;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import fr.pes21.platform.audit.AuditFields;
import fr.pes21.platform.audit.AuditTrail;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.platform.problem.UnknownResource;
import fr.pes21.platform.web.Created;
import fr.pes21.platform.web.PageParameters;
import fr.pes21.platform.web.PagedList;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Range;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The events (docs/api.md, "Events"): an event, and one URL per fact recorded on it
 * (held, attendance, cancellation), which {@code DELETE} withdraws. Registrations have
 * their own controller ({@link RegistrationController}).
 */
@Tag(name = "Events",
		description = "The association's events: Club evenings, expert talks, workshops, courses... held, attendance, cancellation")
@RestController
@RequestMapping(EventController.EVENTS)
class EventController {

	static final String EVENTS = "/api/events";

	private static final Sort BY_START = Sort.by(Sort.Order.asc("startsAt"), Sort.Order.asc("id"));

	private final EventRepository events;

	private final EventCommands commands;

	private final Clock clock;

	EventController(EventRepository events, EventCommands commands, Clock clock) {
		this.events = events;
		this.commands = commands;
		this.clock = clock;
	}

	@PostMapping
	@Operation(operationId = "scheduleEvent", summary = "Schedule an event",
			description = "Without `capacity`, places are unlimited.")
	ResponseEntity<Created> schedule(@Valid @RequestBody NewEvent request) {
		Event event = Event.schedule(request.title(), request.kind(), request.startsAt().toInstant(), request.venue(),
				request.capacity(), request.partners(), Stamp.now(this.clock));
		this.events.save(event);
		return Created.at(EVENTS + "/{id}", event.id());
	}

	/**
	 * The events in the order they start; with {@code year}, those whose day (in
	 * Europe/Paris) is in that year.
	 */
	@GetMapping
	@Operation(operationId = "listEvents", summary = "List the events in the order they start",
			description = "With `year`, those whose day (in Europe/Paris) is in that year.")
	PagedList<EventSummary> list(@Valid PageParameters params,
			@Parameter(description = "Only the events whose day is in this year",
					example = "2024") @RequestParam(required = false) @Min(1900) @Max(2100) Integer year) {
		PageRequest page = params.toPageRequest(BY_START);
		Page<Event> found = (year != null)
				? this.events.findByStartsAtBetweenAndRecordedWithdrawnAtIsNull(startingIn(year), page)
				: this.events.findByRecordedWithdrawnAtIsNull(page);
		return PagedList.of(found, EventSummary::of);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getEvent", summary = "Read an event with its facts",
			description = "Its registrations (personal data) are shown to STAFF and ADMIN only.")
	EventView read(@PathVariable String id, Authentication reader) {
		return EventView.of(this.events.active(id), readsPersonalData(reader));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	@Operation(operationId = "withdrawEvent", summary = "Withdraw an event",
			description = "Its attendance, held record and cancellation are withdrawn with it.")
	void withdraw(@PathVariable String id) {
		Stamp stamp = Stamp.now(this.clock);
		this.commands.run(id, (Event event) -> event.withdraw(stamp));
	}

	@GetMapping("/{id}/audit")
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	@Operation(operationId = "getEventAudit", summary = "Read the audit trail of an event",
			description = "Its scheduling and every fact recorded on it (registrations and their cancellations, held, attendance, cancellation), withdrawn ones included, with who recorded and withdrew each and when; also once the event was withdrawn.")
	AuditTrail readAudit(@PathVariable String id) {
		Event event = this.events.findById(id).orElseThrow(() -> new UnknownResource("event", id));
		return AuditTrail.of(event.id(), event.auditEntries());
	}

	@PostMapping("/{id}/held")
	@Operation(operationId = "recordEventHeld", summary = "Record that the event was held",
			description = "Once it has started, unless cancelled. No body.")
	ResponseEntity<Created> hold(@PathVariable String id) {
		Stamp stamp = Stamp.now(this.clock);
		String heldId = this.commands.run(id, (Event event) -> event.hold(stamp));
		return Created.at(EVENTS + "/" + id + "/held", heldId);
	}

	@GetMapping("/{id}/held")
	@Operation(operationId = "getEventHeld", summary = "Read the record that the event was held")
	EventView.HeldView readHeld(@PathVariable String id, Authentication reader) {
		Event event = this.events.active(id);
		return EventView.HeldView.of(event, event.held(), readsPersonalData(reader));
	}

	@DeleteMapping("/{id}/held")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "withdrawEventHeld", summary = "Withdraw the record that the event was held")
	void withdrawHeld(@PathVariable String id) {
		Stamp stamp = Stamp.now(this.clock);
		this.commands.run(id, (Event event) -> event.withdrawHeld(stamp));
	}

	@PostMapping("/{id}/attendance")
	@Operation(operationId = "recordAttendance", summary = "Record how many people came",
			description = "Once the event is held; recording it again replaces the previous figure.")
	ResponseEntity<Created> recordAttendance(@PathVariable String id, @Valid @RequestBody NewAttendance request) {
		Stamp stamp = Stamp.now(this.clock);
		String attendanceId = this.commands.run(id, (Event event) -> event.recordAttendance(request.count(), stamp));
		return Created.at(EVENTS + "/" + id + "/attendance", attendanceId);
	}

	@GetMapping("/{id}/attendance")
	@Operation(operationId = "getAttendance", summary = "Read the attendance")
	EventView.AttendanceView readAttendance(@PathVariable String id, Authentication reader) {
		Event event = this.events.active(id);
		return EventView.AttendanceView.of(event, event.attendance(), readsPersonalData(reader));
	}

	@DeleteMapping("/{id}/attendance")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "withdrawAttendance", summary = "Withdraw the attendance")
	void withdrawAttendance(@PathVariable String id) {
		Stamp stamp = Stamp.now(this.clock);
		this.commands.run(id, (Event event) -> event.withdrawAttendance(stamp));
	}

	@PostMapping("/{id}/cancellation")
	@Operation(operationId = "cancelEvent", summary = "Cancel an event",
			description = "Its registrations are cancelled with it (restored if the cancellation is withdrawn). The body is optional.")
	ResponseEntity<Created> cancel(@PathVariable String id,
			@Valid @RequestBody(required = false) NewCancellation request) {
		String reason = (request != null) ? request.reason() : null;
		Stamp stamp = Stamp.now(this.clock);
		String cancellationId = this.commands.run(id, (Event event) -> event.cancel(reason, stamp));
		return Created.at(EVENTS + "/" + id + "/cancellation", cancellationId);
	}

	@GetMapping("/{id}/cancellation")
	@Operation(operationId = "getCancellation", summary = "Read the cancellation of an event")
	EventView.CancellationView readCancellation(@PathVariable String id, Authentication reader) {
		Event event = this.events.active(id);
		return EventView.CancellationView.of(event, event.cancellation(), readsPersonalData(reader));
	}

	@DeleteMapping("/{id}/cancellation")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "withdrawCancellation", summary = "Withdraw the cancellation of an event")
	void withdrawCancellation(@PathVariable String id) {
		Stamp stamp = Stamp.now(this.clock);
		this.commands.run(id, (Event event) -> event.withdrawCancellation(stamp));
	}

	/**
	 * From the first of January of the year in Europe/Paris, to the next one excluded.
	 */
	private static Range<Instant> startingIn(int year) {
		return Range.rightOpen(LocalDate.of(year, 1, 1).atStartOfDay(Stamp.BUSINESS_ZONE).toInstant(),
				LocalDate.of(year + 1, 1, 1).atStartOfDay(Stamp.BUSINESS_ZONE).toInstant());
	}

	/**
	 * Whether the reader sees the registrants' personal data, and who recorded what:
	 * STAFF and ADMIN (docs/architecture.md, "Security").
	 */
	private static boolean readsPersonalData(Authentication reader) {
		return AuditFields.shownTo(reader);
	}

}
