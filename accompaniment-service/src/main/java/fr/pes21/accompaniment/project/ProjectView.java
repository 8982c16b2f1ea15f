package fr.pes21.accompaniment.project;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.pes21.contracts.accompaniment.ClosureOutcome;
import fr.pes21.contracts.accompaniment.MeetingKind;
import fr.pes21.contracts.accompaniment.Programme;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A project as {@code GET /api/accompaniment/projects/{id}} shows it, with its active
 * facts. Personal data (the holders, and free-text notes which may speak of them) is left
 * out unless the reader may see it: the {@code holders} and {@code notes} fields are then
 * absent.
 */
record ProjectView(String id, String name, Programme programme, LocalDate welcomedOn, String commune,
		@Schema(nullable = true) String sector,
		@Schema(description = "STAFF and ADMIN only: absent for other roles") @JsonInclude(JsonInclude.Include.NON_NULL) List<HolderView> holders,
		List<MeetingView> meetings, @Schema(nullable = true) CreationView creation,
		List<ReviewView> postCreationReviews, @Schema(nullable = true) ClosureView closure) {

	static ProjectView of(Project project, boolean withPersonalData) {
		return new ProjectView(project.id(), project.name(), project.programme(), project.welcomedOn(),
				project.commune(), project.sector(),
				withPersonalData ? project.holders().stream().map(HolderView::of).toList() : null,
				project.activeMeetings().stream().map((meeting) -> MeetingView.of(meeting, withPersonalData)).toList(),
				project.hasActiveCreation() ? CreationView.of(project.creation()) : null,
				project.activeReviews().stream().map((review) -> ReviewView.of(review, withPersonalData)).toList(),
				project.isClosed() ? ClosureView.of(project.closure()) : null);
	}

	record HolderView(String firstName, String lastName, @Schema(nullable = true) String email,
			@Schema(nullable = true) String phone) {

		static HolderView of(Holder holder) {
			return new HolderView(holder.firstName(), holder.lastName(), holder.email(), holder.phone());
		}

	}

	record MeetingView(String id, LocalDate date, MeetingKind kind, @Schema(
			description = "STAFF and ADMIN only: absent for other roles or when empty") @JsonInclude(JsonInclude.Include.NON_NULL) String notes) {

		static MeetingView of(Meeting meeting, boolean withPersonalData) {
			return new MeetingView(meeting.id(), meeting.date(), meeting.kind(),
					withPersonalData ? meeting.notes() : null);
		}

	}

	record CreationView(String id, LocalDate date, String legalForm, int jobsCreated) {

		static CreationView of(StructureCreation creation) {
			return new CreationView(creation.id(), creation.date(), creation.legalForm(), creation.jobsCreated());
		}

	}

	record ReviewView(String id, LocalDate date, @Schema(
			description = "STAFF and ADMIN only: absent for other roles or when empty") @JsonInclude(JsonInclude.Include.NON_NULL) String notes) {

		static ReviewView of(PostCreationReview review, boolean withPersonalData) {
			return new ReviewView(review.id(), review.date(), withPersonalData ? review.notes() : null);
		}

	}

	record ClosureView(String id, LocalDate date, ClosureOutcome outcome) {

		static ClosureView of(Closure closure) {
			return new ClosureView(closure.id(), closure.date(), closure.outcome());
		}

	}

}
