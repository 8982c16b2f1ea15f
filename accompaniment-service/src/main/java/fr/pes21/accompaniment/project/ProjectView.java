package fr.pes21.accompaniment.project;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.pes21.contracts.accompaniment.ClosureOutcome;
import fr.pes21.contracts.accompaniment.MeetingKind;
import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.platform.audit.AuditFields;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A project as {@code GET /api/accompaniment/projects/{id}} shows it, with its active
 * facts. Personal data (the holders, and free-text notes which may speak of them) is left
 * out unless the reader may see it: the {@code holders} and {@code notes} fields are then
 * absent, and so are who recorded each fact and when (the audit fields, STAFF and ADMIN
 * only, as personal data).
 */
record ProjectView(String id, String name, Programme programme, LocalDate welcomedOn, String commune,
		@Schema(nullable = true) String sector,
		@Schema(description = "STAFF and ADMIN only: absent for other roles") @JsonInclude(JsonInclude.Include.NON_NULL) List<HolderView> holders,
		List<MeetingView> meetings, @Schema(nullable = true) CreationView creation,
		List<ReviewView> postCreationReviews, @Schema(nullable = true) ClosureView closure,
		@JsonUnwrapped AuditFields audit) {

	static ProjectView of(Project project, boolean withPersonalData) {
		return new ProjectView(project.id(), project.name(), project.programme(), project.welcomedOn(),
				project.commune(), project.sector(),
				withPersonalData ? project.holders().stream().map(HolderView::of).toList() : null,
				project.activeMeetings().stream().map((meeting) -> MeetingView.of(meeting, withPersonalData)).toList(),
				project.hasActiveCreation() ? CreationView.of(project.creation(), withPersonalData) : null,
				project.activeReviews().stream().map((review) -> ReviewView.of(review, withPersonalData)).toList(),
				project.isClosed() ? ClosureView.of(project.closure(), withPersonalData) : null,
				AuditFields.of(project.recorded(), withPersonalData));
	}

	record HolderView(String firstName, String lastName, @Schema(nullable = true) String email,
			@Schema(nullable = true) String phone) {

		static HolderView of(Holder holder) {
			return new HolderView(holder.firstName(), holder.lastName(), holder.email(), holder.phone());
		}

	}

	record MeetingView(String id, LocalDate date, MeetingKind kind, @Schema(
			description = "STAFF and ADMIN only: absent for other roles or when empty") @JsonInclude(JsonInclude.Include.NON_NULL) String notes,
			@JsonUnwrapped AuditFields audit) {

		static MeetingView of(Meeting meeting, boolean withPersonalData) {
			return new MeetingView(meeting.id(), meeting.date(), meeting.kind(),
					withPersonalData ? meeting.notes() : null, AuditFields.of(meeting.recorded(), withPersonalData));
		}

	}

	record CreationView(String id, LocalDate date, String legalForm, int jobsCreated,
			@JsonUnwrapped AuditFields audit) {

		static CreationView of(StructureCreation creation, boolean withAudit) {
			return new CreationView(creation.id(), creation.date(), creation.legalForm(), creation.jobsCreated(),
					AuditFields.of(creation.recorded(), withAudit));
		}

	}

	record ReviewView(String id, LocalDate date, @Schema(
			description = "STAFF and ADMIN only: absent for other roles or when empty") @JsonInclude(JsonInclude.Include.NON_NULL) String notes,
			@JsonUnwrapped AuditFields audit) {

		static ReviewView of(PostCreationReview review, boolean withPersonalData) {
			return new ReviewView(review.id(), review.date(), withPersonalData ? review.notes() : null,
					AuditFields.of(review.recorded(), withPersonalData));
		}

	}

	record ClosureView(String id, LocalDate date, ClosureOutcome outcome, @JsonUnwrapped AuditFields audit) {

		static ClosureView of(Closure closure, boolean withAudit) {
			return new ClosureView(closure.id(), closure.date(), closure.outcome(),
					AuditFields.of(closure.recorded(), withAudit));
		}

	}

}
