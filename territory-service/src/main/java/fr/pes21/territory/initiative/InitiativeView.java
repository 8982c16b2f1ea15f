package fr.pes21.territory.initiative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.pes21.contracts.territory.InitiativeStage;
import fr.pes21.contracts.territory.MilestoneKind;
import fr.pes21.platform.audit.AuditFields;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An initiative as {@code GET /api/initiatives/{id}} shows it: where it stands, its stage
 * history from its start, its milestones and its meetings, each in date order and with
 * the URL of the fact behind it ({@code path}), where {@code GET} reads it and
 * {@code DELETE} withdraws it. Who recorded each fact and when (the audit fields) is
 * shown to STAFF and ADMIN only.
 */
record InitiativeView(String id, String territoryId, @Schema(nullable = true) String needId, String name,
		LocalDate startedOn, InitiativeStage stage, LocalDate stageSince, @Schema(nullable = true) Integer jobs,
		List<StageView> stages, List<MilestoneView> milestones, List<MeetingView> meetings,
		@JsonUnwrapped AuditFields audit) {

	static InitiativeView of(Initiative initiative, boolean withAudit) {
		return new InitiativeView(initiative.id(), initiative.territoryId(), initiative.needId(), initiative.name(),
				initiative.startedOn(), initiative.stage(), initiative.stageSince(), initiative.jobs(),
				stages(initiative, withAudit),
				initiative.activeMilestones()
					.stream()
					.sorted(Comparator.comparing(Milestone::date))
					.map((milestone) -> MilestoneView.of(initiative, milestone, withAudit))
					.toList(),
				initiative.activeMeetings()
					.stream()
					.sorted(Comparator.comparing(Meeting::date))
					.map((meeting) -> MeetingView.of(initiative, meeting, withAudit))
					.toList(),
				AuditFields.of(initiative.recorded(), withAudit));
	}

	/**
	 * The start (EMERGENCE, whose id and path are the initiative's) then every stage
	 * change, in the order they happened.
	 */
	private static List<StageView> stages(Initiative initiative, boolean withAudit) {
		List<StageView> stages = new ArrayList<>();
		stages.add(new StageView(initiative.id(), initiative.id(), InitiativeStage.EMERGENCE, null,
				initiative.startedOn(), null, InitiativeController.INITIATIVES + "/" + initiative.id(),
				AuditFields.of(initiative.recorded(), withAudit)));
		initiative.activeStageChanges().forEach((change) -> stages.add(StageView.of(initiative, change, withAudit)));
		return List.copyOf(stages);
	}

	/** A stage the initiative reached; {@code jobs} is declared with LAUNCHED. */
	record StageView(String id, String initiativeId, InitiativeStage stage,
			@Schema(nullable = true) InitiativeStage previousStage, LocalDate date,
			@Schema(nullable = true) Integer jobs, String path, @JsonUnwrapped AuditFields audit) {

		static StageView of(Initiative initiative, StageChange change, boolean withAudit) {
			return new StageView(change.id(), initiative.id(), change.stage(), change.previousStage(), change.date(),
					change.jobs(), initiative.stageChangePath(change), AuditFields.of(change.recorded(), withAudit));
		}

	}

	record MilestoneView(String id, String initiativeId, MilestoneKind kind, LocalDate date, String label, String path,
			@JsonUnwrapped AuditFields audit) {

		static MilestoneView of(Initiative initiative, Milestone milestone, boolean withAudit) {
			return new MilestoneView(milestone.id(), initiative.id(), milestone.kind(), milestone.date(),
					milestone.label(),
					InitiativeController.INITIATIVES + "/" + initiative.id() + "/milestones/" + milestone.id(),
					AuditFields.of(milestone.recorded(), withAudit));
		}

	}

	record MeetingView(String id, String initiativeId, MeetingKind kind, LocalDate date, String path,
			@JsonUnwrapped AuditFields audit) {

		static MeetingView of(Initiative initiative, Meeting meeting, boolean withAudit) {
			return new MeetingView(meeting.id(), initiative.id(), meeting.kind(), meeting.date(),
					InitiativeController.INITIATIVES + "/" + initiative.id() + "/meetings/" + meeting.id(),
					AuditFields.of(meeting.recorded(), withAudit));
		}

	}

}
