package fr.pes21.dla.engineering;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.pes21.platform.audit.AuditFields;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An engineering as {@code GET /api/dla/engineerings/{id}} shows it, with the structures
 * taking part and its completion; who recorded each fact and when (the audit fields) for
 * STAFF and ADMIN only.
 */
record EngineeringView(String id, EngineeringKind kind, String topic, String consultant, double days,
		LocalDate startedOn, List<ParticipantView> participants,
		@Schema(nullable = true, description = "null until completed") CompletionView completion,
		@JsonUnwrapped AuditFields audit) {

	static EngineeringView of(Engineering engineering, boolean withAudit) {
		return new EngineeringView(engineering.id(), engineering.kind(), engineering.topic(), engineering.consultant(),
				engineering.days(), engineering.startedOn(),
				engineering.activeParticipants()
					.stream()
					.map((participation) -> ParticipantView.of(engineering, participation, withAudit))
					.toList(),
				engineering.isCompleted() ? CompletionView.of(engineering, engineering.completion(), withAudit) : null,
				AuditFields.of(engineering.recorded(), withAudit));
	}

	/**
	 * A structure taking part: named at the start ({@code joinedAtStart}), or added
	 * later, taking part from {@code joinedOn}.
	 */
	record ParticipantView(String id, String engineeringId, String structureId, LocalDate joinedOn,
			boolean joinedAtStart, @JsonUnwrapped AuditFields audit) {

		static ParticipantView of(Engineering engineering, Participation participation, boolean withAudit) {
			return new ParticipantView(participation.id(), engineering.id(), participation.structureId(),
					participation.joinedOn(), participation.atStart(),
					AuditFields.of(participation.recorded(), withAudit));
		}

	}

	@Schema(name = "EngineeringCompletionView")
	record CompletionView(String id, String engineeringId, LocalDate date, @JsonUnwrapped AuditFields audit) {

		static CompletionView of(Engineering engineering, EngineeringCompletion completion, boolean withAudit) {
			return new CompletionView(completion.id(), engineering.id(), completion.date(),
					AuditFields.of(completion.recorded(), withAudit));
		}

	}

}
