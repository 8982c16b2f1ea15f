package fr.pes21.events.event;

import java.time.Clock;
import java.util.List;

import fr.pes21.platform.audit.AuditFields;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.platform.web.Created;
import fr.pes21.platform.web.PageParameters;
import fr.pes21.platform.web.PagedList;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registrations to an event (docs/api.md, "Events"). Registering answers whether the
 * person has a place or is on the waiting list; reading registrations is for STAFF and
 * ADMIN only (personal data); {@code DELETE} cancels one, and the waiting list moves up.
 */
@Tag(name = "Registrations", description = "Registrations to an event (personal data), with capacity and waiting list")
@RestController
@RequestMapping(RegistrationController.REGISTRATIONS)
class RegistrationController {

	static final String REGISTRATIONS = EventController.EVENTS + "/{id}/registrations";

	private static final Logger logger = LoggerFactory.getLogger(RegistrationController.class);

	private final EventRepository events;

	private final EventCommands commands;

	private final Clock clock;

	RegistrationController(EventRepository events, EventCommands commands, Clock clock) {
		this.events = events;
		this.commands = commands;
		this.clock = clock;
	}

	@PostMapping
	@Operation(operationId = "registerToEvent", summary = "Register a person to an event",
			description = "Beyond capacity the registration is WAITLISTED, and moves up when a confirmed one is cancelled. One registration per e-mail address and event: a second one is a 422 for STAFF and ADMIN, and answers the registration already there for the other roles, so that they cannot learn who is registered. At most 5,000 registrations per event, cancelled ones included.")
	@ApiResponse(responseCode = "201", description = "Registered: CONFIRMED or WAITLISTED.",
			headers = @Header(name = "Location", ref = "#/components/headers/Location"))
	ResponseEntity<ReceivedRegistration> register(@PathVariable String id, @Valid @RequestBody NewRegistration request,
			Authentication reader) {
		Stamp stamp = Stamp.now(this.clock);
		Registration registration;
		try {
			registration = this.commands.run(id,
					(Event event) -> event.register(request.name(), request.email(), stamp));
		}
		catch (AlreadyRegistered ex) {
			if (AuditFields.shownTo(reader)) {
				throw ex;
			}
			// Who does not read the registrations gets the answer of a registration: it
			// tells nothing about who is registered (docs/decisions/0020).
			registration = ex.existing();
		}
		ResponseEntity<Created> created = Created.at(EventController.EVENTS + "/" + id + "/registrations/{id}",
				registration.id());
		return ResponseEntity.status(HttpStatus.CREATED)
			.headers(created.getHeaders())
			.body(new ReceivedRegistration(registration.id(), registration.status()));
	}

	/** The registrations not cancelled, in the order received (the waiting list's). */
	@GetMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	@Operation(operationId = "listRegistrations",
			summary = "List the registrations not cancelled, in the order received")
	PagedList<RegistrationView> list(@PathVariable String id, @Valid PageParameters params) {
		Event event = this.events.active(id);
		List<Registration> registrations = event.activeRegistrations();
		PageRequest page = params.toPageRequest(Sort.unsorted());
		List<Registration> content = registrations.stream().skip(page.getOffset()).limit(page.getPageSize()).toList();
		return PagedList.of(new PageImpl<>(content, page, registrations.size()),
				(registration) -> RegistrationView.of(event, registration));
	}

	@GetMapping("/{registrationId}")
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	@Operation(operationId = "getRegistration", summary = "Read a registration")
	RegistrationView read(@PathVariable String id, @PathVariable String registrationId) {
		Event event = this.events.active(id);
		return RegistrationView.of(event, event.registration(registrationId));
	}

	@PostMapping("/{registrationId}/personal-data-erasure")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(operationId = "eraseRegistrantPersonalData", summary = "Erase the personal data of a registrant",
			description = "At the person's request (GDPR): the registration's name and e-mail address are erased, the registration cancelled or the event withdrawn or not. The facts and every figure stay as they were; the audit trail keeps who erased and when, nothing of what was erased. No body.")
	void erasePersonalData(@PathVariable String id, @PathVariable String registrationId) {
		Stamp stamp = Stamp.now(this.clock);
		this.commands.runOnAny(id, (Event event) -> event.erasePersonalDataOf(registrationId, stamp));
		logger.info("Personal data of registration {} of event {} erased by {}", registrationId, id, stamp.by());
	}

	@DeleteMapping("/{registrationId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "cancelRegistration", summary = "Cancel a registration",
			description = "The oldest waitlisted registration moves up. Cancelling is final.")
	void cancel(@PathVariable String id, @PathVariable String registrationId) {
		Stamp stamp = Stamp.now(this.clock);
		this.commands.run(id, (Event event) -> event.cancelRegistration(registrationId, stamp));
	}

}
