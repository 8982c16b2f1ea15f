package fr.pes21.dla.engineering;

import java.time.Clock;
import java.util.List;

import fr.pes21.dla.structure.KnownStructures;
import fr.pes21.platform.audit.AuditFields;
import fr.pes21.platform.audit.AuditTrail;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.platform.problem.UnknownResource;
import fr.pes21.platform.web.Created;
import fr.pes21.platform.web.PageParameters;
import fr.pes21.platform.web.PagedList;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

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
 * The engineerings (docs/api.md, "DLA"): an engineering, its participants and its
 * completion, each at its own URL, which {@code DELETE} withdraws.
 */
@Tag(name = "Engineerings",
		description = "Individual and collective engineerings by consultants (ingénieries) and their participants")
@RestController
@RequestMapping(EngineeringController.ENGINEERINGS)
class EngineeringController {

	static final String ENGINEERINGS = "/api/dla/engineerings";

	private static final Sort LATEST_STARTED_FIRST = Sort.by(Sort.Order.desc("startedOn"), Sort.Order.asc("id"));

	private final EngineeringRepository engineerings;

	private final KnownStructures structures;

	private final Clock clock;

	EngineeringController(EngineeringRepository engineerings, KnownStructures structures, Clock clock) {
		this.engineerings = engineerings;
		this.structures = structures;
		this.clock = clock;
	}

	@PostMapping
	@Operation(operationId = "startEngineering", summary = "Start an individual or collective engineering",
			description = "An INDIVIDUAL engineering takes exactly one structure, a COLLECTIVE one two or more.")
	@ApiResponse(responseCode = "422",
			description = "Refused by a rule: the number of structures does not fit the kind, or a structure id names no structure.")
	ResponseEntity<Created> start(@Valid @RequestBody NewEngineering request) {
		Engineering engineering = Engineering.start(request.kind(), request.topic(), request.consultant(),
				request.days(), request.startedOn(), request.structureIds(), Stamp.now(this.clock));
		this.structures.requireAll(request.structureIds());
		this.engineerings.save(engineering);
		return Created.at(ENGINEERINGS + "/{id}", engineering.id());
	}

	@GetMapping
	@Operation(operationId = "listEngineerings", summary = "List the engineerings, latest started first")
	PagedList<EngineeringView> list(@Valid PageParameters params, Authentication reader) {
		boolean withAudit = AuditFields.shownTo(reader);
		return PagedList.of(
				this.engineerings.findByRecordedWithdrawnAtIsNull(params.toPageRequest(LATEST_STARTED_FIRST)),
				(engineering) -> EngineeringView.of(engineering, withAudit));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getEngineering", summary = "Read an engineering with its participants and completion")
	EngineeringView read(@PathVariable String id, Authentication reader) {
		return EngineeringView.of(this.engineerings.active(id), AuditFields.shownTo(reader));
	}

	@GetMapping("/{id}/audit")
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	@Operation(operationId = "getEngineeringAudit", summary = "Read the audit trail of an engineering",
			description = "Its start and every fact recorded on it, withdrawn ones included, with who recorded and withdrew each and when; also once the engineering was withdrawn.")
	AuditTrail readAudit(@PathVariable String id) {
		Engineering engineering = this.engineerings.findById(id)
			.orElseThrow(() -> new UnknownResource("engineering", id));
		return AuditTrail.of(engineering.id(), engineering.auditEntries());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "withdrawEngineering", summary = "Withdraw an engineering")
	void withdraw(@PathVariable String id) {
		Engineering engineering = this.engineerings.active(id);
		engineering.withdraw(Stamp.now(this.clock));
		this.engineerings.save(engineering);
	}

	@PostMapping("/{id}/participants")
	@Operation(operationId = "addParticipant", summary = "Add a structure to a collective engineering",
			description = "It takes part from `joinedOn` (never before the engineering's start), or from the start without it.")
	ResponseEntity<Created> addParticipant(@PathVariable String id, @Valid @RequestBody NewParticipant request) {
		Engineering engineering = this.engineerings.active(id);
		this.structures.requireAll(List.of(request.structureId()));
		String participationId = engineering.addParticipant(request.structureId(), request.joinedOn(),
				Stamp.now(this.clock));
		this.engineerings.save(engineering);
		return Created.at(ENGINEERINGS + "/" + engineering.id() + "/participants/{id}", participationId);
	}

	@GetMapping("/{id}/participants/{participationId}")
	@Operation(operationId = "getParticipant", summary = "Read a participation")
	EngineeringView.ParticipantView readParticipant(@PathVariable String id, @PathVariable String participationId,
			Authentication reader) {
		Engineering engineering = this.engineerings.active(id);
		return EngineeringView.ParticipantView.of(engineering, engineering.participant(participationId),
				AuditFields.shownTo(reader));
	}

	@DeleteMapping("/{id}/participants/{participationId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "withdrawParticipant", summary = "Withdraw a participation")
	void withdrawParticipant(@PathVariable String id, @PathVariable String participationId) {
		Engineering engineering = this.engineerings.active(id);
		engineering.withdrawParticipant(participationId, Stamp.now(this.clock));
		this.engineerings.save(engineering);
	}

	@PostMapping("/{id}/completion")
	@Operation(operationId = "completeEngineering", summary = "Record the completion of an engineering")
	ResponseEntity<Created> complete(@PathVariable String id, @Valid @RequestBody NewEngineeringCompletion request) {
		Engineering engineering = this.engineerings.active(id);
		String completionId = engineering.complete(request.date(), Stamp.now(this.clock));
		this.engineerings.save(engineering);
		return Created.at(ENGINEERINGS + "/" + engineering.id() + "/completion", completionId);
	}

	@GetMapping("/{id}/completion")
	@Operation(operationId = "getEngineeringCompletion", summary = "Read the completion of an engineering")
	EngineeringView.CompletionView readCompletion(@PathVariable String id, Authentication reader) {
		Engineering engineering = this.engineerings.active(id);
		return EngineeringView.CompletionView.of(engineering, engineering.completion(), AuditFields.shownTo(reader));
	}

	@DeleteMapping("/{id}/completion")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "withdrawEngineeringCompletion", summary = "Withdraw the completion of an engineering")
	void withdrawCompletion(@PathVariable String id) {
		Engineering engineering = this.engineerings.active(id);
		engineering.withdrawCompletion(Stamp.now(this.clock));
		this.engineerings.save(engineering);
	}

}
