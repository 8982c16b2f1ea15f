package fr.pes21.dla.structure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.pes21.contracts.Fact;
import fr.pes21.contracts.FactCatalog;
import fr.pes21.contracts.FactJson;
import fr.pes21.contracts.FactType;
import fr.pes21.contracts.dla.DiagnosticCompleted;
import fr.pes21.contracts.dla.DiagnosticCompletionWithdrawn;
import fr.pes21.contracts.dla.PostEngineeringFollowUpHeld;
import fr.pes21.contracts.dla.PostEngineeringFollowUpWithdrawn;
import fr.pes21.contracts.dla.StructureWelcomeWithdrawn;
import fr.pes21.contracts.dla.StructureWelcomed;
import fr.pes21.platform.outbox.OutboxAggregate.PendingFact;
import fr.pes21.platform.problem.RuleViolation;
import fr.pes21.platform.problem.UnknownResource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StructureTests {

	private static final Instant NOW = Instant.parse("2024-12-02T09:30:00Z");

	private final Structure structure = Structure.register("Le Cri de la Plume", "Association loi 1901", "Dijon",
			"44379696500012", 3.5, NOW);

	@Test
	void registeringAStructurePublishesNothing() {
		assertThat(this.structure.pendingFacts()).isEmpty();
		assertThat(this.structure.name()).isEqualTo("Le Cri de la Plume");
	}

	@Test
	void aStructureCannotHaveNegativeEmployees() {
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> Structure.register("La Boucle", "SCIC", "Sombernon", null, -1.0, NOW));
	}

	@Test
	void aWelcomeRaisesStructureWelcomedWithItsOwnId() {
		String welcomeId = this.structure.welcome(LocalDate.of(2023, 3, 14), NOW);

		assertThat(welcomeId).isNotEqualTo(this.structure.id());
		assertThat(facts())
			.containsExactly(new StructureWelcomed(welcomeId, this.structure.id(), LocalDate.of(2023, 3, 14)));
	}

	@Test
	void aStructureIsWelcomedOnlyOnceUntilTheWelcomeIsWithdrawn() {
		String first = this.structure.welcome(LocalDate.of(2023, 3, 14), NOW);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.structure.welcome(LocalDate.of(2023, 4, 1), NOW))
			.withMessageContaining("already welcomed on 2023-03-14");

		this.structure.withdrawWelcome(NOW);
		String corrected = this.structure.welcome(LocalDate.of(2023, 3, 15), NOW);

		assertThat(facts()).containsExactly(
				new StructureWelcomed(first, this.structure.id(), LocalDate.of(2023, 3, 14)),
				new StructureWelcomeWithdrawn(first, this.structure.id(), LocalDate.of(2023, 3, 14)),
				new StructureWelcomed(corrected, this.structure.id(), LocalDate.of(2023, 3, 15)));
	}

	@Test
	void aWelcomeThatWasNeverRecordedCannotBeReadNorWithdrawn() {
		assertThatExceptionOfType(UnknownResource.class).isThrownBy(this.structure::welcome);
		assertThatExceptionOfType(UnknownResource.class).isThrownBy(() -> this.structure.withdrawWelcome(NOW));
	}

	@Test
	void aDiagnosticStartedButNotCompletedPublishesNothing() {
		String diagnosticId = this.structure.startDiagnostic(LocalDate.of(2023, 5, 2), null,
				List.of("stratégie commerciale", " "), NOW);

		assertThat(this.structure.pendingFacts()).isEmpty();
		assertThat(this.structure.diagnostic(diagnosticId).needs()).containsExactly("stratégie commerciale");
		assertThat(this.structure.diagnostic(diagnosticId).isCompleted()).isFalse();
	}

	@Test
	void aDiagnosticRecordedWithItsCompletionRaisesDiagnosticCompletedWhoseIdIsTheDiagnostics() {
		String diagnosticId = this.structure.startDiagnostic(LocalDate.of(2023, 5, 2), LocalDate.of(2023, 6, 20), null,
				NOW);

		assertThat(facts())
			.containsExactly(new DiagnosticCompleted(diagnosticId, this.structure.id(), LocalDate.of(2023, 6, 20)));
	}

	@Test
	void aDiagnosticCompletedLaterRaisesDiagnosticCompleted() {
		String diagnosticId = this.structure.startDiagnostic(LocalDate.of(2023, 5, 2), null, null, NOW);

		this.structure.completeDiagnostic(diagnosticId, LocalDate.of(2023, 5, 2), NOW);

		assertThat(facts())
			.containsExactly(new DiagnosticCompleted(diagnosticId, this.structure.id(), LocalDate.of(2023, 5, 2)));
	}

	@Test
	void aDiagnosticCannotBeCompletedBeforeItStarted() {
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(
					() -> this.structure.startDiagnostic(LocalDate.of(2023, 5, 2), LocalDate.of(2023, 5, 1), null, NOW))
			.withMessageContaining("before it started (2023-05-02)");
		assertThat(this.structure.activeDiagnostics()).isEmpty();

		String diagnosticId = this.structure.startDiagnostic(LocalDate.of(2023, 5, 2), null, null, NOW);
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.structure.completeDiagnostic(diagnosticId, LocalDate.of(2023, 4, 30), NOW));
		assertThat(this.structure.pendingFacts()).isEmpty();
	}

	@Test
	void aDiagnosticIsCompletedOnlyOnce() {
		String diagnosticId = this.structure.startDiagnostic(LocalDate.of(2023, 5, 2), LocalDate.of(2023, 6, 20), null,
				NOW);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.structure.completeDiagnostic(diagnosticId, LocalDate.of(2023, 7, 1), NOW))
			.withMessageContaining("already completed on 2023-06-20");
	}

	@Test
	void aDiagnosticWhoseCompletionWasWithdrawnCannotBeCompletedAgain() {
		String diagnosticId = this.structure.startDiagnostic(LocalDate.of(2023, 5, 2), LocalDate.of(2023, 6, 20), null,
				NOW);

		this.structure.withdrawDiagnosticCompletion(diagnosticId, NOW);

		assertThat(facts()).last()
			.isEqualTo(new DiagnosticCompletionWithdrawn(diagnosticId, this.structure.id(), LocalDate.of(2023, 6, 20)));
		assertThat(this.structure.diagnostic(diagnosticId).isCompleted()).isFalse();
		assertThatExceptionOfType(UnknownResource.class)
			.isThrownBy(() -> this.structure.completedDiagnostic(diagnosticId));
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.structure.completeDiagnostic(diagnosticId, LocalDate.of(2023, 6, 21), NOW))
			.withMessageContaining("withdraw the diagnostic and record it again");
	}

	@Test
	void withdrawingACompletedDiagnosticWithdrawsItsCompletion() {
		String diagnosticId = this.structure.startDiagnostic(LocalDate.of(2023, 5, 2), LocalDate.of(2023, 6, 20), null,
				NOW);

		this.structure.withdrawDiagnostic(diagnosticId, NOW);

		assertThat(facts()).last()
			.isEqualTo(new DiagnosticCompletionWithdrawn(diagnosticId, this.structure.id(), LocalDate.of(2023, 6, 20)));
		assertThat(this.structure.activeDiagnostics()).isEmpty();
		assertThatExceptionOfType(UnknownResource.class).isThrownBy(() -> this.structure.diagnostic(diagnosticId));
		assertThatExceptionOfType(UnknownResource.class)
			.isThrownBy(() -> this.structure.withdrawDiagnostic(diagnosticId, NOW));
	}

	@Test
	void withdrawingADiagnosticUnderWayPublishesNothing() {
		String diagnosticId = this.structure.startDiagnostic(LocalDate.of(2023, 5, 2), null, null, NOW);

		this.structure.withdrawDiagnostic(diagnosticId, NOW);

		assertThat(this.structure.pendingFacts()).isEmpty();
		assertThat(this.structure.activeDiagnostics()).isEmpty();
	}

	@Test
	void aPostEngineeringFollowUpForAStructureThatNeverHadAnEngineeringIsRefused() {
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.structure.holdFollowUp(LocalDate.of(2024, 1, 15), FollowUpKind.POST_ENGINEERING,
					List.of(), NOW))
			.withMessageContaining("never took part in one");
		assertThat(this.structure.activeFollowUps()).isEmpty();
	}

	@Test
	void aPostEngineeringFollowUpCannotBeDatedBeforeTheStructuresFirstEngineering() {
		List<EngineeringOfStructure> engineerings = List.of(individualEngineering(LocalDate.of(2023, 10, 2)),
				collectiveJoinedLater(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 7, 1)));

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.structure.holdFollowUp(LocalDate.of(2023, 10, 1), FollowUpKind.POST_ENGINEERING,
					engineerings, NOW))
			.withMessageContaining("first engineering (2023-10-02)");
	}

	@Test
	void aParticipantAddedLaterHadItsEngineeringFromTheDayItJoined() {
		List<EngineeringOfStructure> engineerings = List
			.of(collectiveJoinedLater(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 7, 1)));

		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> this.structure
			.holdFollowUp(LocalDate.of(2024, 6, 15), FollowUpKind.POST_ENGINEERING, engineerings, NOW));
	}

	@Test
	void aPostEngineeringFollowUpAfterAnEngineeringRaisesPostEngineeringFollowUpHeld() {
		String followUpId = this.structure.holdFollowUp(LocalDate.of(2024, 1, 15), FollowUpKind.POST_ENGINEERING,
				List.of(individualEngineering(LocalDate.of(2023, 10, 2))), NOW);

		assertThat(facts()).containsExactly(
				new PostEngineeringFollowUpHeld(followUpId, this.structure.id(), LocalDate.of(2024, 1, 15)));
	}

	@Test
	void withdrawingAFollowUpRaisesItsWithdrawalAndItIsGone() {
		String followUpId = this.structure.holdFollowUp(LocalDate.of(2024, 1, 15), FollowUpKind.POST_ENGINEERING,
				List.of(individualEngineering(LocalDate.of(2023, 10, 2))), NOW);

		this.structure.withdrawFollowUp(followUpId, NOW);

		assertThat(facts()).last()
			.isEqualTo(
					new PostEngineeringFollowUpWithdrawn(followUpId, this.structure.id(), LocalDate.of(2024, 1, 15)));
		assertThat(this.structure.activeFollowUps()).isEmpty();
		assertThatExceptionOfType(UnknownResource.class)
			.isThrownBy(() -> this.structure.withdrawFollowUp(followUpId, NOW));
	}

	@Test
	void noFactCarriesTheStructuresNameNorItsSiret() {
		this.structure.welcome(LocalDate.of(2023, 3, 14), NOW);
		this.structure.startDiagnostic(LocalDate.of(2023, 5, 2), LocalDate.of(2023, 6, 20), List.of("gouvernance"),
				NOW);
		this.structure.holdFollowUp(LocalDate.of(2024, 1, 15), FollowUpKind.POST_ENGINEERING,
				List.of(individualEngineering(LocalDate.of(2023, 10, 2))), NOW);

		assertThat(this.structure.pendingFacts()).hasSize(3)
			.allSatisfy((fact) -> assertThat(fact.data()).doesNotContain("Cri de la Plume", "44379696500012",
					"gouvernance", "Dijon"));
	}

	private static EngineeringOfStructure individualEngineering(LocalDate startedOn) {
		return new EngineeringOfStructure("engineering-1", "INDIVIDUAL", "modèle économique", "Cabinet", 5, startedOn,
				"participation-1", startedOn, true, null);
	}

	private static EngineeringOfStructure collectiveJoinedLater(LocalDate startedOn, LocalDate joinedOn) {
		return new EngineeringOfStructure("engineering-2", "COLLECTIVE", "stratégie commerciale",
				"Cabinet 3ème Élément", 4, startedOn, "participation-2", joinedOn, false, null);
	}

	private List<Fact> facts() {
		return this.structure.pendingFacts().stream().map(StructureTests::read).toList();
	}

	private static Fact read(PendingFact pending) {
		FactType type = FactCatalog.byCloudEventType(pending.type()).orElseThrow();
		return FactJson.read(pending.data().getBytes(StandardCharsets.UTF_8), type.javaType());
	}

}
