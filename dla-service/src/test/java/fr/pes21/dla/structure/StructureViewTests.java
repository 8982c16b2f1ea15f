package fr.pes21.dla.structure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.pes21.dla.structure.StructureView.PathwayStep;
import fr.pes21.dla.structure.StructureView.Step;
import fr.pes21.platform.audit.Stamp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StructureViewTests {

	private static final Stamp NOW = new Stamp(Instant.parse("2024-12-02T09:30:00Z"), "alice");

	@Test
	void thePathwayListsEveryActiveStepInDateOrderWithTheUrlOfItsFact() {
		Structure structure = Structure.register("Le Cri de la Plume", "Association", "Dijon", null, null, NOW);
		EngineeringOfStructure individual = new EngineeringOfStructure("individual", "INDIVIDUAL", "modèle économique",
				"Consultante", 5, LocalDate.of(2023, 10, 2), "p1", LocalDate.of(2023, 10, 2), true,
				LocalDate.of(2024, 1, 15));
		EngineeringOfStructure collective = new EngineeringOfStructure("collective", "COLLECTIVE",
				"stratégie commerciale", "Cabinet 3ème Élément", 4, LocalDate.of(2024, 6, 3), "p2",
				LocalDate.of(2024, 6, 10), false, null);
		String followUp = structure.holdFollowUp(LocalDate.of(2024, 3, 1), FollowUpKind.POST_ENGINEERING, NOW);
		String diagnostic = structure.startDiagnostic(LocalDate.of(2023, 5, 2), LocalDate.of(2023, 6, 20), null, NOW);
		String completion = structure.diagnostic(diagnostic).activeCompletionId();
		String comeBack = structure.welcome(LocalDate.of(2025, 1, 7), NOW);
		String welcome = structure.welcome(LocalDate.of(2023, 3, 14), NOW);
		String withdrawn = structure.startDiagnostic(LocalDate.of(2023, 4, 1), null, null, NOW);
		structure.withdrawDiagnostic(withdrawn, NOW);

		List<PathwayStep> pathway = StructureView.of(structure, List.of(collective, individual), false).pathway();

		String id = structure.id();
		assertThat(pathway).containsExactly(
				new PathwayStep(LocalDate.of(2023, 3, 14), Step.WELCOMED, welcome,
						"/api/dla/structures/" + id + "/welcomes/" + welcome),
				new PathwayStep(LocalDate.of(2023, 5, 2), Step.DIAGNOSTIC_STARTED, diagnostic,
						"/api/dla/diagnostics/" + diagnostic),
				new PathwayStep(LocalDate.of(2023, 6, 20), Step.DIAGNOSTIC_COMPLETED, completion,
						"/api/dla/diagnostics/" + diagnostic + "/completion"),
				new PathwayStep(LocalDate.of(2023, 10, 2), Step.INDIVIDUAL_ENGINEERING_STARTED, "individual",
						"/api/dla/engineerings/individual"),
				new PathwayStep(LocalDate.of(2024, 1, 15), Step.ENGINEERING_COMPLETED, "individual",
						"/api/dla/engineerings/individual/completion"),
				new PathwayStep(LocalDate.of(2024, 3, 1), Step.POST_ENGINEERING_FOLLOW_UP, followUp,
						"/api/dla/structures/" + id + "/follow-ups/" + followUp),
				new PathwayStep(LocalDate.of(2024, 6, 10), Step.COLLECTIVE_ENGINEERING_JOINED, "p2",
						"/api/dla/engineerings/collective/participants/p2"),
				new PathwayStep(LocalDate.of(2025, 1, 7), Step.WELCOMED, comeBack,
						"/api/dla/structures/" + id + "/welcomes/" + comeBack));
	}

	@Test
	void aStructureThatCameBackShowsEachWelcomeInDateOrder() {
		Structure structure = Structure.register("Le Comptoir des Possibles", "Association", "Beaune", null, null, NOW);
		String in2024 = structure.welcome(LocalDate.of(2024, 2, 20), NOW);
		String in2023 = structure.welcome(LocalDate.of(2023, 5, 9), NOW);

		StructureView view = StructureView.of(structure, List.of(), false);

		assertThat(view.welcomes()).extracting(StructureView.WelcomeView::id).containsExactly(in2023, in2024);
		assertThat(StructureSummary.of(structure).welcomedOn()).isEqualTo(LocalDate.of(2024, 2, 20));
	}

	@Test
	void saysWhenNoEngineeringIsRecordedAndFromWhenOneIs() {
		Structure structure = Structure.register("Le Cri de la Plume", "Association", "Dijon", null, null, NOW);
		structure.holdFollowUp(LocalDate.of(2022, 5, 3), FollowUpKind.POST_ENGINEERING, NOW);
		EngineeringOfStructure later = new EngineeringOfStructure("collective", "COLLECTIVE", "stratégie commerciale",
				"Cabinet 3ème Élément", 4, LocalDate.of(2024, 6, 3), "p2", LocalDate.of(2024, 6, 3), false, null);

		StructureView without = StructureView.of(structure, List.of(), false);
		StructureView with = StructureView.of(structure, List.of(later), false);

		assertThat(without.engineeringRecorded()).isFalse();
		assertThat(without.firstEngineeringOn()).isNull();
		assertThat(without.pathway()).extracting(PathwayStep::step).containsExactly(Step.POST_ENGINEERING_FOLLOW_UP);
		assertThat(with.engineeringRecorded()).isTrue();
		assertThat(with.firstEngineeringOn()).isEqualTo(LocalDate.of(2024, 6, 3));
	}

	@Test
	void stepsOnTheSameDayFollowThePathwaysOrder() {
		Structure structure = Structure.register("La Boucle", "SCIC", "Sombernon", null, null, NOW);
		LocalDate day = LocalDate.of(2024, 2, 1);
		structure.startDiagnostic(day, day, null, NOW);
		structure.welcome(day, NOW);

		assertThat(StructureView.of(structure, List.of(), false).pathway()).extracting(PathwayStep::step)
			.containsExactly(Step.WELCOMED, Step.DIAGNOSTIC_STARTED, Step.DIAGNOSTIC_COMPLETED);
	}

}
