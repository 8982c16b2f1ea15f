package fr.pes21.accompaniment.project;

import java.time.Clock;
import java.util.Set;

import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.platform.web.Created;
import fr.pes21.platform.web.PageParameters;
import fr.pes21.platform.web.PagedList;
import jakarta.validation.Valid;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
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
 * The accompaniment API (docs/api.md, "Accompaniment"): a project, and one URL per fact
 * recorded on it, which {@code DELETE} withdraws.
 */
@RestController
@RequestMapping(ProjectController.PROJECTS)
class ProjectController {

	static final String PROJECTS = "/api/accompaniment/projects";

	/** Who may read the holders' personal data (docs/architecture.md, "Security"). */
	private static final Set<String> PERSONAL_DATA_READERS = Set.of("ROLE_STAFF", "ROLE_ADMIN");

	private static final Sort LATEST_WELCOMED_FIRST = Sort.by(Sort.Order.desc("welcomedOn"), Sort.Order.asc("id"));

	private final ProjectRepository projects;

	private final Clock clock;

	ProjectController(ProjectRepository projects, Clock clock) {
		this.projects = projects;
		this.clock = clock;
	}

	@PostMapping
	ResponseEntity<Created> welcome(@Valid @RequestBody NewProject request) {
		Project project = Project.welcome(request.name(), request.programme(), request.welcomedOn(), request.commune(),
				request.sector(), request.holders().stream().map(NewProject.NewHolder::toHolder).toList(),
				this.clock.instant());
		this.projects.save(project);
		return Created.at(PROJECTS + "/{id}", project.id());
	}

	@GetMapping
	PagedList<ProjectSummary> list(@Valid PageParameters params, @RequestParam(required = false) Programme programme) {
		var page = params.toPageRequest(LATEST_WELCOMED_FIRST);
		var found = (programme != null) ? this.projects.findByProgrammeAndWithdrawnAtIsNull(programme, page)
				: this.projects.findByWithdrawnAtIsNull(page);
		return PagedList.of(found, ProjectSummary::of);
	}

	@GetMapping("/{id}")
	ProjectView read(@PathVariable String id, Authentication reader) {
		return ProjectView.of(this.projects.active(id), readsPersonalData(reader));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void withdraw(@PathVariable String id) {
		Project project = this.projects.active(id);
		project.withdraw(this.clock.instant());
		this.projects.save(project);
	}

	@PostMapping("/{id}/meetings")
	ResponseEntity<Created> holdMeeting(@PathVariable String id, @Valid @RequestBody NewMeeting request) {
		Project project = this.projects.active(id);
		String meetingId = project.holdMeeting(request.date(), request.kind(), request.notes(), this.clock.instant());
		this.projects.save(project);
		return Created.at(PROJECTS + "/" + project.id() + "/meetings/{id}", meetingId);
	}

	@GetMapping("/{id}/meetings/{meetingId}")
	ProjectView.MeetingView readMeeting(@PathVariable String id, @PathVariable String meetingId,
			Authentication reader) {
		return ProjectView.MeetingView.of(this.projects.active(id).meeting(meetingId), readsPersonalData(reader));
	}

	@DeleteMapping("/{id}/meetings/{meetingId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void withdrawMeeting(@PathVariable String id, @PathVariable String meetingId) {
		Project project = this.projects.active(id);
		project.withdrawMeeting(meetingId, this.clock.instant());
		this.projects.save(project);
	}

	@PostMapping("/{id}/creation")
	ResponseEntity<Created> recordCreation(@PathVariable String id, @Valid @RequestBody NewCreation request) {
		Project project = this.projects.active(id);
		String creationId = project.recordCreation(request.date(), request.legalForm(), request.jobsCreated(),
				this.clock.instant());
		this.projects.save(project);
		return Created.at(PROJECTS + "/" + project.id() + "/creation", creationId);
	}

	@GetMapping("/{id}/creation")
	ProjectView.CreationView readCreation(@PathVariable String id) {
		return ProjectView.CreationView.of(this.projects.active(id).creation());
	}

	@DeleteMapping("/{id}/creation")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void withdrawCreation(@PathVariable String id) {
		Project project = this.projects.active(id);
		project.withdrawCreation(this.clock.instant());
		this.projects.save(project);
	}

	@PostMapping("/{id}/post-creation-reviews")
	ResponseEntity<Created> recordPostCreationReview(@PathVariable String id,
			@Valid @RequestBody NewPostCreationReview request) {
		Project project = this.projects.active(id);
		String reviewId = project.recordPostCreationReview(request.date(), request.notes(), this.clock.instant());
		this.projects.save(project);
		return Created.at(PROJECTS + "/" + project.id() + "/post-creation-reviews/{id}", reviewId);
	}

	@GetMapping("/{id}/post-creation-reviews/{reviewId}")
	ProjectView.ReviewView readPostCreationReview(@PathVariable String id, @PathVariable String reviewId,
			Authentication reader) {
		return ProjectView.ReviewView.of(this.projects.active(id).postCreationReview(reviewId),
				readsPersonalData(reader));
	}

	@DeleteMapping("/{id}/post-creation-reviews/{reviewId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void withdrawPostCreationReview(@PathVariable String id, @PathVariable String reviewId) {
		Project project = this.projects.active(id);
		project.withdrawPostCreationReview(reviewId, this.clock.instant());
		this.projects.save(project);
	}

	@PostMapping("/{id}/closure")
	ResponseEntity<Created> close(@PathVariable String id, @Valid @RequestBody NewClosure request) {
		Project project = this.projects.active(id);
		String closureId = project.close(request.date(), request.outcome(), this.clock.instant());
		this.projects.save(project);
		return Created.at(PROJECTS + "/" + project.id() + "/closure", closureId);
	}

	@GetMapping("/{id}/closure")
	ProjectView.ClosureView readClosure(@PathVariable String id) {
		return ProjectView.ClosureView.of(this.projects.active(id).closure());
	}

	@DeleteMapping("/{id}/closure")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void withdrawClosure(@PathVariable String id) {
		Project project = this.projects.active(id);
		project.withdrawClosure(this.clock.instant());
		this.projects.save(project);
	}

	private static boolean readsPersonalData(Authentication reader) {
		return reader != null && reader.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(PERSONAL_DATA_READERS::contains);
	}

}
