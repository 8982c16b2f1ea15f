package fr.pes21.dla.engineering;

import java.time.LocalDate;
import java.util.List;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An engineering as {@code GET /api/dla/engineerings/{id}} shows it, with the structures
 * taking part and its completion.
 */
record EngineeringView(String id, EngineeringKind kind, String topic, String consultant, double days,
		LocalDate startedOn, List<ParticipantView> participants,
		@Schema(nullable = true, description = "null until completed") CompletionView completion) {

	static EngineeringView of(Engineering engineering) {
		return new EngineeringView(engineering.id(), engineering.kind(), engineering.topic(), engineering.consultant(),
				engineering.days(), engineering.startedOn(),
				engineering.activeParticipants()
					.stream()
					.map((participation) -> ParticipantView.of(engineering, participation))
					.toList(),
				engineering.isCompleted() ? CompletionView.of(engineering, engineering.completion()) : null);
	}

	/**
	 * A structure taking part: named at the start ({@code joinedAtStart}), or added
	 * later, taking part from {@code joinedOn}.
	 */
	record ParticipantView(String id, String engineeringId, String structureId, LocalDate joinedOn,
			boolean joinedAtStart) {

		static ParticipantView of(Engineering engineering, Participation participation) {
			return new ParticipantView(participation.id(), engineering.id(), participation.structureId(),
					participation.joinedOn(), participation.atStart());
		}

	}

	@Schema(name = "EngineeringCompletionView")
	record CompletionView(String id, String engineeringId, LocalDate date) {

		static CompletionView of(Engineering engineering, EngineeringCompletion completion) {
			return new CompletionView(completion.id(), engineering.id(), completion.date());
		}

	}

}
