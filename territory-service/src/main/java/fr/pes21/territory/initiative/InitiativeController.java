package fr.pes21.territory.initiative;

import java.time.Clock;
import java.time.LocalDate;

import fr.pes21.platform.audit.AuditFields;
import fr.pes21.platform.audit.AuditTrail;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.platform.problem.UnknownResource;
import fr.pes21.platform.web.Created;
import fr.pes21.platform.web.PageParameters;
import fr.pes21.platform.web.PagedList;
import fr.pes21.territory.territory.KnownTerritories;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The initiatives (docs/api.md, "Territories"): started on a territory ({@code POST
 * /api/territories/{id}/initiatives}), then at their own URL with one URL per stage
 * change, milestone and meeting, which {@code DELETE} withdraws.
 */
@Tag(name = "Initiatives",
		description = "Générateur BFC: initiatives born on a territory, their stages, milestones and steering meetings")
@RestController
class InitiativeController {

	static final String INITIATIVES = "/api/initiatives";

	private static final String ON_TERRITORY = "/api/territories/{territoryId}/initiatives";

	private static final Sort LATEST_STARTED_FIRST = Sort.by(Sort.Order.desc("startedOn"), Sort.Order.asc("id"));

	private final InitiativeRepository initiatives;

	private final KnownTerritories territories;

	private final Clock clock;

	InitiativeController(InitiativeRepository initiatives, KnownTerritories territories, Clock clock) {
		this.initiatives = initiatives;
		this.territories = territories;
		this.clock = clock;
	}

	@PostMapping(ON_TERRITORY)
	@Operation(operationId = "startInitiative", summary = "Start an initiative on a territory",
			description = "It starts at the stage EMERGENCE, born from one of the territory's needs or not.")
	ResponseEntity<Created> start(@PathVariable String territoryId, @Valid @RequestBody NewInitiative request) {
		this.territories.requireRegistered(territoryId);
		LocalDate needIdentifiedOn = (request.needId() != null)
				? this.territories.needIdentifiedOn(territoryId, request.needId()) : null;
		Initiative initiative = Initiative.start(territoryId, request.name(), request.needId(), needIdentifiedOn,
				request.startedOn(), Stamp.now(this.clock));
		this.initiatives.save(initiative);
		return Created.at(INITIATIVES + "/{id}", initiative.id());
	}

	@GetMapping(INITIATIVES)
	@Operation(operationId = "listInitiatives", summary = "List the initiatives, latest started first")
	PagedList<InitiativeSummary> list(@Valid PageParameters params) {
		return PagedList.of(
				this.initiatives.findByRecordedWithdrawnAtIsNull(params.toPageRequest(LATEST_STARTED_FIRST)),
				InitiativeSummary::of);
	}

	@GetMapping(INITIATIVES + "/{id}")
	@Operation(operationId = "getInitiative", summary = "Read an initiative with its stages, milestones and meetings")
	InitiativeView read(@PathVariable String id, Authentication reader) {
		return InitiativeView.of(this.initiatives.active(id), AuditFields.shownTo(reader));
	}

	@GetMapping(INITIATIVES + "/{id}/audit")
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	@Operation(operationId = "getInitiativeAudit", summary = "Read the audit trail of an initiative",
			description = "Its start and every fact recorded on it, withdrawn ones included, with who recorded and withdrew each and when; also once the initiative was withdrawn.")
	AuditTrail readAudit(@PathVariable String id) {
		Initiative initiative = this.initiatives.findById(id).orElseThrow(() -> new UnknownResource("initiative", id));
		return AuditTrail.of(initiative.id(), initiative.auditEntries());
	}

	@DeleteMapping(INITIATIVES + "/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "withdrawInitiative", summary = "Withdraw an initiative",
			description = "Every fact recorded on it is withdrawn with it.")
	void withdraw(@PathVariable String id) {
		Initiative initiative = this.initiatives.active(id);
		initiative.withdraw(Stamp.now(this.clock));
		this.initiatives.save(initiative);
	}

	@PostMapping(INITIATIVES + "/{id}/stage")
	@Operation(operationId = "changeStage", summary = "Move an initiative to its next stage",
			description = "Only forward one stage (EMERGENCE, FEASIBILITY, CREATION, LAUNCHED) or to STOPPED; LAUNCHED and STOPPED are final; `jobs` only with LAUNCHED. The new stage change has its own URL.")
	ResponseEntity<Created> changeStage(@PathVariable String id, @Valid @RequestBody NewStageChange request) {
		Initiative initiative = this.initiatives.active(id);
		String stageChangeId = initiative.changeStage(request.stage(), request.date(), request.jobs(),
				Stamp.now(this.clock));
		this.initiatives.save(initiative);
		return Created.at(INITIATIVES + "/" + initiative.id() + "/stages/{id}", stageChangeId);
	}

	@GetMapping(INITIATIVES + "/{id}/stages/{stageChangeId}")
	@Operation(operationId = "getStageChange", summary = "Read a stage change")
	InitiativeView.StageView readStageChange(@PathVariable String id, @PathVariable String stageChangeId,
			Authentication reader) {
		Initiative initiative = this.initiatives.active(id);
		return InitiativeView.StageView.of(initiative, initiative.stageChange(stageChangeId),
				AuditFields.shownTo(reader));
	}

	@DeleteMapping(INITIATIVES + "/{id}/stages/{stageChangeId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "withdrawStageChange", summary = "Withdraw the latest stage change")
	void withdrawStageChange(@PathVariable String id, @PathVariable String stageChangeId) {
		Initiative initiative = this.initiatives.active(id);
		initiative.withdrawStageChange(stageChangeId, Stamp.now(this.clock));
		this.initiatives.save(initiative);
	}

	@PostMapping(INITIATIVES + "/{id}/milestones")
	@Operation(operationId = "recordMilestone", summary = "Record a milestone of an initiative")
	ResponseEntity<Created> reachMilestone(@PathVariable String id, @Valid @RequestBody NewMilestone request) {
		Initiative initiative = this.initiatives.active(id);
		String milestoneId = initiative.reachMilestone(request.kind(), request.date(), request.label(),
				Stamp.now(this.clock));
		this.initiatives.save(initiative);
		return Created.at(INITIATIVES + "/" + initiative.id() + "/milestones/{id}", milestoneId);
	}

	@GetMapping(INITIATIVES + "/{id}/milestones/{milestoneId}")
	@Operation(operationId = "getMilestone", summary = "Read a milestone")
	InitiativeView.MilestoneView readMilestone(@PathVariable String id, @PathVariable String milestoneId,
			Authentication reader) {
		Initiative initiative = this.initiatives.active(id);
		return InitiativeView.MilestoneView.of(initiative, initiative.milestone(milestoneId),
				AuditFields.shownTo(reader));
	}

	@DeleteMapping(INITIATIVES + "/{id}/milestones/{milestoneId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "withdrawMilestone", summary = "Withdraw a milestone")
	void withdrawMilestone(@PathVariable String id, @PathVariable String milestoneId) {
		Initiative initiative = this.initiatives.active(id);
		initiative.withdrawMilestone(milestoneId, Stamp.now(this.clock));
		this.initiatives.save(initiative);
	}

	@PostMapping(INITIATIVES + "/{id}/meetings")
	@Operation(operationId = "recordSteeringMeeting", summary = "Record a steering meeting (comité de pilotage)")
	ResponseEntity<Created> holdMeeting(@PathVariable String id, @Valid @RequestBody NewMeeting request) {
		Initiative initiative = this.initiatives.active(id);
		String meetingId = initiative.holdMeeting(request.date(), request.kind(), Stamp.now(this.clock));
		this.initiatives.save(initiative);
		return Created.at(INITIATIVES + "/" + initiative.id() + "/meetings/{id}", meetingId);
	}

	@GetMapping(INITIATIVES + "/{id}/meetings/{meetingId}")
	@Operation(operationId = "getSteeringMeeting", summary = "Read a steering meeting")
	InitiativeView.MeetingView readMeeting(@PathVariable String id, @PathVariable String meetingId,
			Authentication reader) {
		Initiative initiative = this.initiatives.active(id);
		return InitiativeView.MeetingView.of(initiative, initiative.meeting(meetingId), AuditFields.shownTo(reader));
	}

	@DeleteMapping(INITIATIVES + "/{id}/meetings/{meetingId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "withdrawSteeringMeeting", summary = "Withdraw a steering meeting")
	void withdrawMeeting(@PathVariable String id, @PathVariable String meetingId) {
		Initiative initiative = this.initiatives.active(id);
		initiative.withdrawMeeting(meetingId, Stamp.now(this.clock));
		this.initiatives.save(initiative);
	}

}
