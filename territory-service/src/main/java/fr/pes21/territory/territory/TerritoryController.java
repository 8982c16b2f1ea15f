package fr.pes21.territory.territory;

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
 * The territories (docs/api.md, "Territories"): a territory with its needs and
 * initiatives, and one URL per need, which {@code DELETE} withdraws. Initiatives are
 * started here but live at URLs of their own (the initiative feature).
 */
@Tag(name = "Territories", description = "Générateur BFC: territories and the unmet needs identified there")
@RestController
@RequestMapping(TerritoryController.TERRITORIES)
class TerritoryController {

	static final String TERRITORIES = "/api/territories";

	private static final Sort BY_NAME = Sort.by(Sort.Order.asc("name"), Sort.Order.asc("id"));

	private final TerritoryRepository territories;

	private final TerritoryInitiatives initiatives;

	private final Clock clock;

	TerritoryController(TerritoryRepository territories, TerritoryInitiatives initiatives, Clock clock) {
		this.territories = territories;
		this.initiatives = initiatives;
		this.clock = clock;
	}

	@PostMapping
	@Operation(operationId = "registerTerritory", summary = "Register a territory")
	ResponseEntity<Created> register(@Valid @RequestBody NewTerritory request) {
		Territory territory = Territory.register(request.name(), request.kind(), request.department(),
				Stamp.now(this.clock));
		this.territories.save(territory);
		return Created.at(TERRITORIES + "/{id}", territory.id());
	}

	@GetMapping
	@Operation(operationId = "listTerritories", summary = "List the territories by name")
	PagedList<TerritorySummary> list(@Valid PageParameters params) {
		return PagedList.of(this.territories.findByRecordedWithdrawnAtIsNull(params.toPageRequest(BY_NAME)),
				TerritorySummary::of);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getTerritory", summary = "Read a territory with its needs and initiatives")
	TerritoryView read(@PathVariable String id, Authentication reader) {
		Territory territory = this.territories.active(id);
		return TerritoryView.of(territory, this.initiatives.of(territory.id()), AuditFields.shownTo(reader));
	}

	@GetMapping("/{id}/audit")
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	@Operation(operationId = "getTerritoryAudit", summary = "Read the audit trail of a territory",
			description = "Its registration and its needs, withdrawn ones included, with who recorded and withdrew each and when; also once the territory was withdrawn. Initiatives have their own.")
	AuditTrail readAudit(@PathVariable String id) {
		Territory territory = this.territories.findById(id).orElseThrow(() -> new UnknownResource("territory", id));
		return AuditTrail.of(territory.id(), territory.auditEntries());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "withdrawTerritory", summary = "Withdraw a territory",
			description = "Refused while a need or an initiative is active on it.")
	void withdraw(@PathVariable String id) {
		Territory territory = this.territories.active(id);
		territory.withdraw(this.initiatives.of(territory.id()), Stamp.now(this.clock));
		this.territories.save(territory);
	}

	@PostMapping("/{id}/needs")
	@Operation(operationId = "identifyNeed", summary = "Record an unmet need identified on a territory")
	ResponseEntity<Created> identifyNeed(@PathVariable String id, @Valid @RequestBody NewNeed request) {
		Territory territory = this.territories.active(id);
		String needId = territory.identifyNeed(request.title(), request.identifiedOn(), Stamp.now(this.clock));
		this.territories.save(territory);
		return Created.at(TERRITORIES + "/" + territory.id() + "/needs/{id}", needId);
	}

	@GetMapping("/{id}/needs/{needId}")
	@Operation(operationId = "getNeed", summary = "Read a need")
	TerritoryView.NeedView readNeed(@PathVariable String id, @PathVariable String needId, Authentication reader) {
		Territory territory = this.territories.active(id);
		return TerritoryView.NeedView.of(territory, territory.need(needId), AuditFields.shownTo(reader));
	}

	@DeleteMapping("/{id}/needs/{needId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "withdrawNeed", summary = "Withdraw a need",
			description = "Refused while an initiative born from it is active.")
	void withdrawNeed(@PathVariable String id, @PathVariable String needId) {
		Territory territory = this.territories.active(id);
		territory.withdrawNeed(needId, this.initiatives.of(territory.id()), Stamp.now(this.clock));
		this.territories.save(territory);
	}

}
