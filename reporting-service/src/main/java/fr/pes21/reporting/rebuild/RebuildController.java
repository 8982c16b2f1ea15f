package fr.pes21.reporting.rebuild;

import java.net.URI;

import fr.pes21.platform.problem.Problems;
import fr.pes21.platform.problem.UnknownResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Rebuilding the read models from the topics, for administrators: {@code POST
 * /api/reports/rebuild} starts one ({@code 202}, {@code Location} of its progress),
 * {@code GET /api/reports/rebuilds/{id}} follows it.
 */
@Tag(name = "Reports")
@RestController
@RequestMapping("/api/reports")
@PreAuthorize("hasRole('ADMIN')")
class RebuildController {

	static final String REBUILDS = "/api/reports/rebuilds/{id}";

	private final Rebuilds rebuilds;

	RebuildController(Rebuilds rebuilds) {
		this.rebuilds = rebuilds;
	}

	@PostMapping("/rebuild")
	@Operation(operationId = "startRebuild", summary = "Rebuild the read models from the fact topics",
			description = "The figures keep being served from the current read models until the new ones take over at once.")
	@ApiResponse(responseCode = "202", description = "Started: follow it at `Location`.",
			headers = @Header(name = "Location", ref = "#/components/headers/Location"))
	@ApiResponse(responseCode = "409",
			description = "A rebuild is running already (`urn:pes21:problem:rebuild-running`): follow it at `Location`; or the Idempotency-Key was reused.")
	ResponseEntity<RebuildView> rebuild() {
		Rebuild rebuild = this.rebuilds.start();
		return ResponseEntity.accepted().location(location(rebuild)).body(RebuildView.of(rebuild));
	}

	@GetMapping("/rebuilds/{id}")
	@Operation(operationId = "getRebuild", summary = "Follow a rebuild")
	RebuildView progress(@PathVariable String id) {
		return this.rebuilds.find(id).map(RebuildView::of).orElseThrow(() -> new UnknownResource("rebuild", id));
	}

	@ExceptionHandler(Rebuilds.AlreadyRunning.class)
	ResponseEntity<ProblemDetail> alreadyRunning(Rebuilds.AlreadyRunning ex) {
		URI running = location(ex.running());
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "rebuild-running", "A rebuild is running",
				"A rebuild is running already; follow it at " + running.getPath() + ".");
		return ResponseEntity.status(HttpStatus.CONFLICT).location(running).body(problem);
	}

	private static URI location(Rebuild rebuild) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(REBUILDS).buildAndExpand(rebuild.id()).toUri();
	}

}
