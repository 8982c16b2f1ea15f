package fr.pes21.accompaniment.project;

import java.time.Clock;

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
import org.springdoc.core.annotations.ParameterObject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
 * The accompaniment API (docs/api.md, "Accompaniment"): a project, and one URL per fact
 * recorded on it, which {@code DELETE} withdraws.
 */
@Tag(name = "Projects",
		description = "Creation support: projects and their holders, meetings, creation, post-creation reviews, closure")
@RestController
@RequestMapping(ProjectController.PROJECTS)
class ProjectController {

	static final String PROJECTS = "/api/accompaniment/projects";

	private static final Logger logger = LoggerFactory.getLogger(ProjectController.class);

	private static final Sort LATEST_WELCOMED_FIRST = Sort.by(Sort.Order.desc("welcomedOn"), Sort.Order.asc("id"));

	private final ProjectRepository projects;

	private final ProjectSearch search;

	private final Clock clock;

	ProjectController(ProjectRepository projects, ProjectSearch search, Clock clock) {
		this.projects = projects;
		this.search = search;
		this.clock = clock;
	}

	@PostMapping
	@Operation(operationId = "welcomeProject", summary = "Welcome a project and its holders",
			description = "The intake (accueil) of a creation project in a programme.")
	ResponseEntity<Created> welcome(@Valid @RequestBody NewProject request) {
		Project project = Project.welcome(request.name(), request.programme(), request.welcomedOn(), request.commune(),
				request.sector(), request.holders().stream().map(NewProject.NewHolder::toHolder).toList(),
				Stamp.now(this.clock));
		this.projects.save(project);
		return Created.at(PROJECTS + "/{id}", project.id());
	}

	@GetMapping
	@Operation(operationId = "listProjects", summary = "List and search the projects, latest welcomed first",
			description = "No personal data in the answer. Searching by holder is for STAFF and ADMIN only.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403",
			description = "Searching by holder (personal data) with a role other than STAFF or ADMIN: `urn:pes21:problem:forbidden`.")
	PagedList<ProjectSummary> list(@Valid PageParameters params, @Valid @ParameterObject ProjectFilter filter,
			Authentication reader) {
		if (filter.searchesHolders() && !readsPersonalData(reader)) {
			throw new AccessDeniedException("Searching by holder needs the STAFF or ADMIN role.");
		}
		return PagedList.of(this.search.find(filter, params.toPageRequest(LATEST_WELCOMED_FIRST)), ProjectSummary::of);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getProject", summary = "Read a project with its facts",
			description = "Holders and notes (personal data) are shown to STAFF and ADMIN only.")
	ProjectView read(@PathVariable String id, Authentication reader) {
		return ProjectView.of(this.projects.active(id), readsPersonalData(reader));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	@Operation(operationId = "withdrawProject", summary = "Withdraw a project",
			description = "Every fact recorded on it is withdrawn with it.")
	void withdraw(@PathVariable String id) {
		Project project = this.projects.active(id);
		project.withdraw(Stamp.now(this.clock));
		this.projects.save(project);
	}

	@GetMapping("/{id}/audit")
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	@Operation(operationId = "getProjectAudit", summary = "Read the audit trail of a project",
			description = "Every fact recorded on it, withdrawn ones included, with who recorded and withdrew each and when; also once the project was withdrawn.")
	AuditTrail readAudit(@PathVariable String id) {
		Project project = this.projects.findById(id).orElseThrow(() -> new UnknownResource("project", id));
		return AuditTrail.of(project.id(), project.auditEntries());
	}

	@PostMapping("/{id}/personal-data-erasure")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(operationId = "eraseProjectPersonalData", summary = "Erase the personal data of a project's holders",
			description = "At a holder's request (GDPR): the holders and the notes of every meeting and review are erased, withdrawn project or not. The facts and every figure stay as they were; the audit trail keeps who erased and when, nothing of what was erased. No body.")
	void erasePersonalData(@PathVariable String id) {
		Project project = this.projects.findById(id).orElseThrow(() -> new UnknownResource("project", id));
		Stamp stamp = Stamp.now(this.clock);
		project.erasePersonalData(stamp);
		this.projects.save(project);
		logger.info("Personal data of project {} erased by {}", id, stamp.by());
	}

	@PostMapping("/{id}/meetings")
	@Operation(operationId = "recordMeeting", summary = "Record an accompaniment meeting")
	ResponseEntity<Created> holdMeeting(@PathVariable String id, @Valid @RequestBody NewMeeting request) {
		Project project = this.projects.active(id);
		String meetingId = project.holdMeeting(request.date(), request.kind(), request.notes(), Stamp.now(this.clock));
		this.projects.save(project);
		return Created.at(PROJECTS + "/" + project.id() + "/meetings/{id}", meetingId);
	}

	@GetMapping("/{id}/meetings/{meetingId}")
	@Operation(operationId = "getMeeting", summary = "Read a meeting",
			description = "Its notes are shown to STAFF and ADMIN only.")
	ProjectView.MeetingView readMeeting(@PathVariable String id, @PathVariable String meetingId,
			Authentication reader) {
		return ProjectView.MeetingView.of(this.projects.active(id).meeting(meetingId), readsPersonalData(reader));
	}

	@DeleteMapping("/{id}/meetings/{meetingId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "withdrawMeeting", summary = "Withdraw a meeting")
	void withdrawMeeting(@PathVariable String id, @PathVariable String meetingId) {
		Project project = this.projects.active(id);
		project.withdrawMeeting(meetingId, Stamp.now(this.clock));
		this.projects.save(project);
	}

	@PostMapping("/{id}/creation")
	@Operation(operationId = "recordCreation", summary = "Record the creation of the structure",
			description = "Once per project, with the jobs created.")
	ResponseEntity<Created> recordCreation(@PathVariable String id, @Valid @RequestBody NewCreation request) {
		Project project = this.projects.active(id);
		String creationId = project.recordCreation(request.date(), request.legalForm(), request.jobsCreated(),
				Stamp.now(this.clock));
		this.projects.save(project);
		return Created.at(PROJECTS + "/" + project.id() + "/creation", creationId);
	}

	@GetMapping("/{id}/creation")
	@Operation(operationId = "getCreation", summary = "Read the creation of the structure")
	ProjectView.CreationView readCreation(@PathVariable String id, Authentication reader) {
		return ProjectView.CreationView.of(this.projects.active(id).creation(), readsPersonalData(reader));
	}

	@DeleteMapping("/{id}/creation")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "withdrawCreation", summary = "Withdraw the creation of the structure")
	void withdrawCreation(@PathVariable String id) {
		Project project = this.projects.active(id);
		project.withdrawCreation(Stamp.now(this.clock));
		this.projects.save(project);
	}

	@PostMapping("/{id}/post-creation-reviews")
	@Operation(operationId = "recordPostCreationReview", summary = "Record a post-creation review",
			description = "Once the structure's creation is recorded.")
	ResponseEntity<Created> recordPostCreationReview(@PathVariable String id,
			@Valid @RequestBody NewPostCreationReview request) {
		Project project = this.projects.active(id);
		String reviewId = project.recordPostCreationReview(request.date(), request.notes(), Stamp.now(this.clock));
		this.projects.save(project);
		return Created.at(PROJECTS + "/" + project.id() + "/post-creation-reviews/{id}", reviewId);
	}

	@GetMapping("/{id}/post-creation-reviews/{reviewId}")
	@Operation(operationId = "getPostCreationReview", summary = "Read a post-creation review",
			description = "Its notes are shown to STAFF and ADMIN only.")
	ProjectView.ReviewView readPostCreationReview(@PathVariable String id, @PathVariable String reviewId,
			Authentication reader) {
		return ProjectView.ReviewView.of(this.projects.active(id).postCreationReview(reviewId),
				readsPersonalData(reader));
	}

	@DeleteMapping("/{id}/post-creation-reviews/{reviewId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "withdrawPostCreationReview", summary = "Withdraw a post-creation review")
	void withdrawPostCreationReview(@PathVariable String id, @PathVariable String reviewId) {
		Project project = this.projects.active(id);
		project.withdrawPostCreationReview(reviewId, Stamp.now(this.clock));
		this.projects.save(project);
	}

	@PostMapping("/{id}/closure")
	@Operation(operationId = "closeProject", summary = "Close the accompaniment of a project",
			description = "Nothing is recorded on a closed project until its closure is withdrawn.")
	ResponseEntity<Created> close(@PathVariable String id, @Valid @RequestBody NewClosure request) {
		Project project = this.projects.active(id);
		String closureId = project.close(request.date(), request.outcome(), Stamp.now(this.clock));
		this.projects.save(project);
		return Created.at(PROJECTS + "/" + project.id() + "/closure", closureId);
	}

	@GetMapping("/{id}/closure")
	@Operation(operationId = "getClosure", summary = "Read the closure of a project")
	ProjectView.ClosureView readClosure(@PathVariable String id, Authentication reader) {
		return ProjectView.ClosureView.of(this.projects.active(id).closure(), readsPersonalData(reader));
	}

	@DeleteMapping("/{id}/closure")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "withdrawClosure", summary = "Withdraw the closure of a project")
	void withdrawClosure(@PathVariable String id) {
		Project project = this.projects.active(id);
		project.withdrawClosure(Stamp.now(this.clock));
		this.projects.save(project);
	}

	/**
	 * Whether the reader sees personal data, and who recorded what: STAFF and ADMIN
	 * (docs/architecture.md, "Security").
	 */
	private static boolean readsPersonalData(Authentication reader) {
		return AuditFields.shownTo(reader);
	}

}
