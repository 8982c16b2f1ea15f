package fr.pes21.dla.structure;

import java.time.Clock;

import fr.pes21.platform.audit.AuditFields;
import fr.pes21.platform.audit.AuditTrail;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.platform.problem.UnknownResource;
import fr.pes21.platform.web.Created;
import fr.pes21.platform.web.PageParameters;
import fr.pes21.platform.web.PagedList;
import io.swagger.v3.oas.annotations.Operation;
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
 * The DLA structures (docs/api.md, "DLA"): a structure with its whole pathway, and one
 * URL per fact recorded on it (each welcome, each follow-up), which {@code DELETE}
 * withdraws. Diagnostics have URLs of their own ({@link DiagnosticController}).
 */
@Tag(name = "Structures", description = "The DLA structures and their pathway: welcome, diagnostics, follow-ups")
@RestController
@RequestMapping(StructureController.STRUCTURES)
class StructureController {

	static final String STRUCTURES = "/api/dla/structures";

	private static final Sort BY_NAME = Sort.by(Sort.Order.asc("name"), Sort.Order.asc("id"));

	private final StructureRepository structures;

	private final StructureEngineerings engineerings;

	private final Clock clock;

	StructureController(StructureRepository structures, StructureEngineerings engineerings, Clock clock) {
		this.structures = structures;
		this.engineerings = engineerings;
		this.clock = clock;
	}

	@PostMapping
	@Operation(operationId = "registerStructure", summary = "Register a structure",
			description = "An employer ESS structure of the DLA; its SIRET, when given, is unique (409 otherwise).")
	ResponseEntity<Created> register(@Valid @RequestBody NewStructure request) {
		Structure structure = Structure.register(request.name(), request.legalForm(), request.commune(),
				request.siret(), request.employeesFte(), Stamp.now(this.clock));
		this.structures.save(structure);
		return Created.at(STRUCTURES + "/{id}", structure.id());
	}

	@GetMapping
	@Operation(operationId = "listStructures", summary = "List the structures by name")
	PagedList<StructureSummary> list(@Valid PageParameters params) {
		return PagedList.of(this.structures.findAllBy(params.toPageRequest(BY_NAME)), StructureSummary::of);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getStructure", summary = "Read a structure with its whole pathway",
			description = "Its active facts by kind, and its pathway: every step in date order with the URL of the fact behind it.")
	StructureView read(@PathVariable String id, Authentication reader) {
		Structure structure = this.structures.existing(id);
		return StructureView.of(structure, this.engineerings.of(structure.id()), AuditFields.shownTo(reader));
	}

	@GetMapping("/{id}/audit")
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	@Operation(operationId = "getStructureAudit", summary = "Read the audit trail of a structure",
			description = "Its registration and every fact recorded on it (welcomes, diagnostics and their completions, follow-ups), withdrawn ones included, with who recorded and withdrew each and when. Engineerings have their own.")
	AuditTrail readAudit(@PathVariable String id) {
		Structure structure = this.structures.existing(id);
		return AuditTrail.of(structure.id(), structure.auditEntries());
	}

	@PostMapping("/{id}/welcome")
	@Operation(operationId = "recordWelcome", summary = "Record a welcome (accueil) of a structure",
			description = "At most one per calendar year: a structure that comes back has one welcome per pathway; a second welcome in the same year is refused (422 naming the first). The welcome's own URL is in Location.")
	ResponseEntity<Created> welcome(@PathVariable String id, @Valid @RequestBody NewWelcome request) {
		Structure structure = this.structures.existing(id);
		String welcomeId = structure.welcome(request.date(), Stamp.now(this.clock));
		this.structures.save(structure);
		return Created.at(welcomePath(structure.id(), welcomeId), welcomeId);
	}

	/**
	 * The structure's latest welcome: the URL of the time a structure had one welcome;
	 * each welcome has its own ({@link #welcomePath}).
	 */
	@GetMapping("/{id}/welcome")
	@Operation(operationId = "getLatestWelcome", summary = "Read the latest welcome of a structure")
	StructureView.WelcomeView readWelcome(@PathVariable String id, Authentication reader) {
		Structure structure = this.structures.existing(id);
		return StructureView.WelcomeView.of(structure,
				structure.latestWelcome()
					.orElseThrow(() -> new UnknownResource("welcome recorded for the structure", structure.id())),
				AuditFields.shownTo(reader));
	}

	/**
	 * Withdraws the structure's welcome when it has one; when it came back and has
	 * several, the welcome to withdraw is named by its own URL (422 listing them).
	 */
	@DeleteMapping("/{id}/welcome")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "withdrawOnlyWelcome", summary = "Withdraw the welcome of a structure that has one",
			description = "When it came back and has several, 422 lists them: withdraw one at its own URL.")
	void withdrawWelcome(@PathVariable String id) {
		Structure structure = this.structures.existing(id);
		structure.withdrawOnlyWelcome(Stamp.now(this.clock));
		this.structures.save(structure);
	}

	@GetMapping("/{id}/welcomes/{welcomeId}")
	@Operation(operationId = "getWelcome", summary = "Read a welcome of a structure")
	StructureView.WelcomeView readWelcomeById(@PathVariable String id, @PathVariable String welcomeId,
			Authentication reader) {
		Structure structure = this.structures.existing(id);
		return StructureView.WelcomeView.of(structure, structure.welcome(welcomeId), AuditFields.shownTo(reader));
	}

	@DeleteMapping("/{id}/welcomes/{welcomeId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "withdrawWelcome", summary = "Withdraw a welcome of a structure")
	void withdrawWelcomeById(@PathVariable String id, @PathVariable String welcomeId) {
		Structure structure = this.structures.existing(id);
		structure.withdrawWelcome(welcomeId, Stamp.now(this.clock));
		this.structures.save(structure);
	}

	@PostMapping("/{id}/diagnostics")
	@Operation(operationId = "startDiagnostic", summary = "Start a shared diagnostic (diagnostic partagé)",
			description = "With `completedOn`, the diagnostic is recorded completed at once.")
	ResponseEntity<Created> startDiagnostic(@PathVariable String id, @Valid @RequestBody NewDiagnostic request) {
		Structure structure = this.structures.existing(id);
		String diagnosticId = structure.startDiagnostic(request.startedOn(), request.completedOn(), request.needs(),
				Stamp.now(this.clock));
		this.structures.save(structure);
		return Created.at(DiagnosticController.DIAGNOSTICS + "/{id}", diagnosticId);
	}

	@PostMapping("/{id}/follow-ups")
	@Operation(operationId = "recordFollowUp",
			summary = "Record a post-engineering follow-up meeting (suivi post-ingénierie)")
	ResponseEntity<Created> holdFollowUp(@PathVariable String id, @Valid @RequestBody NewFollowUp request) {
		Structure structure = this.structures.existing(id);
		String followUpId = structure.holdFollowUp(request.date(), request.kind(), Stamp.now(this.clock));
		this.structures.save(structure);
		return Created.at(STRUCTURES + "/" + structure.id() + "/follow-ups/{id}", followUpId);
	}

	@GetMapping("/{id}/follow-ups/{followUpId}")
	@Operation(operationId = "getFollowUp", summary = "Read a follow-up meeting")
	StructureView.FollowUpView readFollowUp(@PathVariable String id, @PathVariable String followUpId,
			Authentication reader) {
		Structure structure = this.structures.existing(id);
		return StructureView.FollowUpView.of(structure, structure.followUp(followUpId), AuditFields.shownTo(reader));
	}

	@DeleteMapping("/{id}/follow-ups/{followUpId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "withdrawFollowUp", summary = "Withdraw a follow-up meeting")
	void withdrawFollowUp(@PathVariable String id, @PathVariable String followUpId) {
		Structure structure = this.structures.existing(id);
		structure.withdrawFollowUp(followUpId, Stamp.now(this.clock));
		this.structures.save(structure);
	}

	/**
	 * The URL of one welcome of a structure, where {@code GET} reads it and
	 * {@code DELETE} withdraws it.
	 */
	static String welcomePath(String structureId, String welcomeId) {
		return STRUCTURES + "/" + structureId + "/welcomes/" + welcomeId;
	}

}
