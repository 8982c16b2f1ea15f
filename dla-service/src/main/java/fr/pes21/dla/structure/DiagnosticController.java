package fr.pes21.dla.structure;

import java.time.Clock;

import fr.pes21.platform.audit.AuditFields;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.platform.web.Created;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * A shared diagnostic ("diagnostic partagé") and its completion, each at its own URL
 * (recorded with {@code POST /api/dla/structures/{id}/diagnostics}). A diagnostic has at
 * most one completion at a time, at {@code /completion}; once withdrawn, a completion can
 * be recorded again there, with a new id.
 */
@Tag(name = "Diagnostics", description = "Shared diagnostics (diagnostics partagés) and their completion")
@RestController
@RequestMapping(DiagnosticController.DIAGNOSTICS)
class DiagnosticController {

	static final String DIAGNOSTICS = "/api/dla/diagnostics";

	private final StructureRepository structures;

	private final Clock clock;

	DiagnosticController(StructureRepository structures, Clock clock) {
		this.structures = structures;
		this.clock = clock;
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getDiagnostic", summary = "Read a diagnostic")
	StructureView.DiagnosticView read(@PathVariable String id, Authentication reader) {
		Structure structure = this.structures.withDiagnostic(id);
		return StructureView.DiagnosticView.of(structure, structure.diagnostic(id), AuditFields.shownTo(reader));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "withdrawDiagnostic", summary = "Withdraw a diagnostic",
			description = "Its completion, if any, goes with it.")
	void withdraw(@PathVariable String id) {
		Structure structure = this.structures.withDiagnostic(id);
		structure.withdrawDiagnostic(id, Stamp.now(this.clock));
		this.structures.save(structure);
	}

	@PostMapping("/{id}/completion")
	@Operation(operationId = "completeDiagnostic", summary = "Record the completion of a diagnostic")
	ResponseEntity<Created> complete(@PathVariable String id, @Valid @RequestBody NewDiagnosticCompletion request) {
		Structure structure = this.structures.withDiagnostic(id);
		String completionId = structure.completeDiagnostic(id, request.date(), Stamp.now(this.clock));
		this.structures.save(structure);
		return Created.at(DIAGNOSTICS + "/" + id + "/completion", completionId);
	}

	@GetMapping("/{id}/completion")
	@Operation(operationId = "getDiagnosticCompletion", summary = "Read the completion of a diagnostic")
	StructureView.DiagnosticCompletionView readCompletion(@PathVariable String id, Authentication reader) {
		Structure structure = this.structures.withDiagnostic(id);
		return StructureView.DiagnosticCompletionView.of(structure, structure.completedDiagnostic(id),
				AuditFields.shownTo(reader));
	}

	@DeleteMapping("/{id}/completion")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "withdrawDiagnosticCompletion", summary = "Withdraw the completion of a diagnostic")
	void withdrawCompletion(@PathVariable String id) {
		Structure structure = this.structures.withDiagnostic(id);
		structure.withdrawDiagnosticCompletion(id, Stamp.now(this.clock));
		this.structures.save(structure);
	}

}
