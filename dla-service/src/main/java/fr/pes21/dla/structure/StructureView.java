package fr.pes21.dla.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.pes21.platform.audit.AuditFields;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A structure as {@code GET /api/dla/structures/{id}} shows it: what it is, its active
 * facts by kind, and its whole pathway as one list of steps in date order, each with the
 * URL of the fact behind it. {@code welcomes} holds one welcome per pathway (a structure
 * can come back), in date order. {@code engineeringRecorded} says whether the structure
 * takes part in a recorded engineering, and {@code firstEngineeringOn} from when: history
 * starts incomplete, so a post-engineering follow-up may follow an engineering that
 * predates the software. Who recorded each fact and when (the audit fields) are shown to
 * STAFF and ADMIN only.
 */
record StructureView(String id, String name, String legalForm, String commune, @Schema(nullable = true) String siret,
		@Schema(nullable = true) Double employeesFte,
		@Schema(description = "One welcome per pathway, in date order") List<WelcomeView> welcomes,
		List<DiagnosticView> diagnostics, List<EngineeringView> engineerings,
		@Schema(description = "Whether the structure takes part in a recorded engineering") boolean engineeringRecorded,
		@Schema(nullable = true,
				description = "The start of its first recorded engineering") LocalDate firstEngineeringOn,
		List<FollowUpView> followUps, List<PathwayStep> pathway, @JsonUnwrapped AuditFields audit) {

	static StructureView of(Structure structure, List<EngineeringOfStructure> engineerings, boolean withAudit) {
		List<EngineeringView> taken = engineerings.stream()
			.sorted(Comparator.comparing(EngineeringOfStructure::joinedOn))
			.map(EngineeringView::of)
			.toList();
		return new StructureView(structure.id(), structure.name(), structure.legalForm(), structure.commune(),
				structure.siret(), structure.employeesFte(),
				structure.activeWelcomes()
					.stream()
					.map((welcome) -> WelcomeView.of(structure, welcome, withAudit))
					.toList(),
				structure.activeDiagnostics()
					.stream()
					.map((diagnostic) -> DiagnosticView.of(structure, diagnostic, withAudit))
					.toList(),
				taken, !taken.isEmpty(), taken.isEmpty() ? null : taken.getFirst().joinedOn(),
				structure.activeFollowUps()
					.stream()
					.map((followUp) -> FollowUpView.of(structure, followUp, withAudit))
					.toList(),
				pathway(structure, engineerings), AuditFields.of(structure.recorded(), withAudit));
	}

	private static List<PathwayStep> pathway(Structure structure, List<EngineeringOfStructure> engineerings) {
		List<PathwayStep> steps = new ArrayList<>();
		for (Welcome welcome : structure.activeWelcomes()) {
			steps.add(new PathwayStep(welcome.date(), Step.WELCOMED, welcome.id(),
					StructureController.welcomePath(structure.id(), welcome.id())));
		}
		for (Diagnostic diagnostic : structure.activeDiagnostics()) {
			String path = DiagnosticController.DIAGNOSTICS + "/" + diagnostic.id();
			steps.add(new PathwayStep(diagnostic.startedOn(), Step.DIAGNOSTIC_STARTED, diagnostic.id(), path));
			if (diagnostic.isCompleted()) {
				steps.add(new PathwayStep(diagnostic.completedDate(), Step.DIAGNOSTIC_COMPLETED,
						diagnostic.activeCompletionId(), path + "/completion"));
			}
		}
		for (EngineeringOfStructure engineering : engineerings) {
			String path = "/api/dla/engineerings/" + engineering.engineeringId();
			if (engineering.joinedAtStart()) {
				steps.add(new PathwayStep(
						engineering.startedOn(), "INDIVIDUAL".equals(engineering.kind())
								? Step.INDIVIDUAL_ENGINEERING_STARTED : Step.COLLECTIVE_ENGINEERING_STARTED,
						engineering.engineeringId(), path));
			}
			else {
				steps.add(new PathwayStep(engineering.joinedOn(), Step.COLLECTIVE_ENGINEERING_JOINED,
						engineering.participationId(), path + "/participants/" + engineering.participationId()));
			}
			if (engineering.completedOn() != null) {
				steps.add(new PathwayStep(engineering.completedOn(), Step.ENGINEERING_COMPLETED,
						engineering.engineeringId(), path + "/completion"));
			}
		}
		for (FollowUp followUp : structure.activeFollowUps()) {
			steps.add(new PathwayStep(followUp.date(), Step.POST_ENGINEERING_FOLLOW_UP, followUp.id(),
					StructureController.STRUCTURES + "/" + structure.id() + "/follow-ups/" + followUp.id()));
		}
		steps.sort(Comparator.comparing(PathwayStep::date).thenComparing(PathwayStep::step));
		return List.copyOf(steps);
	}

	/** One step of the pathway, in the order a structure goes through them. */
	@Schema(name = "PathwayStepKind")
	enum Step {

		WELCOMED, DIAGNOSTIC_STARTED, DIAGNOSTIC_COMPLETED, INDIVIDUAL_ENGINEERING_STARTED,
		COLLECTIVE_ENGINEERING_STARTED, COLLECTIVE_ENGINEERING_JOINED, ENGINEERING_COMPLETED, POST_ENGINEERING_FOLLOW_UP

	}

	/**
	 * A dated step of the pathway: the fact's id and its URL ({@code path}), where
	 * {@code GET} reads it and {@code DELETE} withdraws it.
	 */
	record PathwayStep(LocalDate date, Step step, String id, String path) {

	}

	record WelcomeView(String id, String structureId, LocalDate date, @JsonUnwrapped AuditFields audit) {

		static WelcomeView of(Structure structure, Welcome welcome, boolean withAudit) {
			return new WelcomeView(welcome.id(), structure.id(), welcome.date(),
					AuditFields.of(welcome.recorded(), withAudit));
		}

	}

	record DiagnosticView(String id, String structureId, LocalDate startedOn,
			@Schema(nullable = true) LocalDate completedOn, List<String> needs, @JsonUnwrapped AuditFields audit) {

		static DiagnosticView of(Structure structure, Diagnostic diagnostic, boolean withAudit) {
			return new DiagnosticView(diagnostic.id(), structure.id(), diagnostic.startedOn(),
					diagnostic.completedDate(), diagnostic.needs(), AuditFields.of(diagnostic.recorded(), withAudit));
		}

	}

	/**
	 * The completion of a diagnostic, with its own id (the fact id of
	 * {@code DiagnosticCompleted}); a completion recorded before completions had ids of
	 * their own has the diagnostic's.
	 */
	record DiagnosticCompletionView(String id, String diagnosticId, String structureId, LocalDate date,
			@JsonUnwrapped AuditFields audit) {

		static DiagnosticCompletionView of(Structure structure, Diagnostic diagnostic, boolean withAudit) {
			DiagnosticCompletion completion = diagnostic.completion().orElseThrow();
			return new DiagnosticCompletionView(completion.id(), diagnostic.id(), structure.id(), completion.date(),
					AuditFields.of(completion.recorded(), withAudit));
		}

	}

	@Schema(name = "StructureEngineering", description = "An engineering the structure takes part in")
	record EngineeringView(String id, @Schema(allowableValues = {
			"INDIVIDUAL", "COLLECTIVE" }) String kind, String topic, String consultant, double days,
			LocalDate startedOn, String participationId, LocalDate joinedOn, boolean joinedAtStart,
			@Schema(nullable = true) LocalDate completedOn){

		static EngineeringView of(EngineeringOfStructure engineering) {
			return new EngineeringView(engineering.engineeringId(), engineering.kind(), engineering.topic(),
					engineering.consultant(), engineering.days(), engineering.startedOn(),
					engineering.participationId(), engineering.joinedOn(), engineering.joinedAtStart(),
					engineering.completedOn());
		}

	}

	record FollowUpView(String id, String structureId, LocalDate date, FollowUpKind kind,
			@JsonUnwrapped AuditFields audit) {

		static FollowUpView of(Structure structure, FollowUp followUp, boolean withAudit) {
			return new FollowUpView(followUp.id(), structure.id(), followUp.date(), followUp.kind(),
					AuditFields.of(followUp.recorded(), withAudit));
		}

	}

}
