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
import fr.pes21.platform.audit.Recorded;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.platform.outbox.OutboxAggregate.PendingFact;
import fr.pes21.platform.problem.RuleViolation;
import fr.pes21.platform.problem.UnknownResource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StructureTests {

	private static final Stamp NOW = new Stamp(Instant.parse("2024-12-02T09:30:00Z"), "alice");

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
	void aStructureIsWelcomedAtMostOncePerCalendarYearAndTheRefusalNamesTheFirst() {
		String first = this.structure.welcome(LocalDate.of(2023, 3, 14), NOW);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.structure.welcome(LocalDate.of(2023, 11, 2), NOW))
			.withMessageContaining("already welcomed in 2023, on 2023-03-14")
			.withMessageContaining("/api/dla/structures/" + this.structure.id() + "/welcomes/" + first);
		assertThat(this.structure.activeWelcomes()).extracting(Welcome::id).containsExactly(first);
	}

	@Test
	void aStructureThatComesBackIsWelcomedAgainInAnotherYearRecordedInAnyOrder() {
		String in2025 = this.structure.welcome(LocalDate.of(2025, 2, 3), NOW);
		String in2023 = this.structure.welcome(LocalDate.of(2023, 3, 14), NOW);

		assertThat(facts()).containsExactly(
				new StructureWelcomed(in2025, this.structure.id(), LocalDate.of(2025, 2, 3)),
				new StructureWelcomed(in2023, this.structure.id(), LocalDate.of(2023, 3, 14)));
		assertThat(this.structure.activeWelcomes()).extracting(Welcome::id).containsExactly(in2023, in2025);
		assertThat(this.structure.latestWelcome()).map(Welcome::id).hasValue(in2025);
	}

	@Test
	void aWithdrawnWelcomeLeavesItsYearFreeForTheCorrectedOne() {
		String first = this.structure.welcome(LocalDate.of(2023, 3, 14), NOW);

		this.structure.withdrawWelcome(first, NOW);
		String corrected = this.structure.welcome(LocalDate.of(2023, 3, 15), NOW);

		assertThat(facts()).containsExactly(
				new StructureWelcomed(first, this.structure.id(), LocalDate.of(2023, 3, 14)),
				new StructureWelcomeWithdrawn(first, this.structure.id(), LocalDate.of(2023, 3, 14)),
				new StructureWelcomed(corrected, this.structure.id(), LocalDate.of(2023, 3, 15)));
		assertThatExceptionOfType(UnknownResource.class).isThrownBy(() -> this.structure.welcome(first));
	}

	@Test
	void aWelcomeThatWasNeverRecordedCannotBeReadNorWithdrawn() {
		assertThatExceptionOfType(UnknownResource.class).isThrownBy(() -> this.structure.welcome("unknown"));
		assertThatExceptionOfType(UnknownResource.class)
			.isThrownBy(() -> this.structure.withdrawWelcome("unknown", NOW));
		assertThatExceptionOfType(UnknownResource.class).isThrownBy(() -> this.structure.withdrawOnlyWelcome(NOW));
		assertThat(this.structure.latestWelcome()).isEmpty();
	}

	@Test
	void theWelcomeOfAStructureWelcomedOnceIsWithdrawnWithoutNamingItButOneOfSeveralMustBeNamed() {
		String in2023 = this.structure.welcome(LocalDate.of(2023, 3, 14), NOW);
		String in2024 = this.structure.welcome(LocalDate.of(2024, 2, 20), NOW);

		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> this.structure.withdrawOnlyWelcome(NOW))
			.withMessageContaining("2 welcomes")
			.withMessageContaining("2023-03-14: /api/dla/structures/" + this.structure.id() + "/welcomes/" + in2023);
		this.structure.withdrawWelcome(in2023, NOW);
		this.structure.withdrawOnlyWelcome(NOW);

		assertThat(facts()).endsWith(
				new StructureWelcomeWithdrawn(in2023, this.structure.id(), LocalDate.of(2023, 3, 14)),
				new StructureWelcomeWithdrawn(in2024, this.structure.id(), LocalDate.of(2024, 2, 20)));
		assertThat(this.structure.activeWelcomes()).isEmpty();
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
	void aDiagnosticRecordedWithItsCompletionRaisesDiagnosticCompletedWithTheCompletionsOwnId() {
		String diagnosticId = this.structure.startDiagnostic(LocalDate.of(2023, 5, 2), LocalDate.of(2023, 6, 20), null,
				NOW);

		String completionId = this.structure.diagnostic(diagnosticId).activeCompletionId();
		assertThat(completionId).isNotNull().isNotEqualTo(diagnosticId);
		assertThat(facts()).containsExactly(
				new DiagnosticCompleted(completionId, diagnosticId, this.structure.id(), LocalDate.of(2023, 6, 20)));
	}

	@Test
	void aDiagnosticCompletedLaterRaisesDiagnosticCompleted() {
		String diagnosticId = this.structure.startDiagnostic(LocalDate.of(2023, 5, 2), null, null, NOW);

		String completionId = this.structure.completeDiagnostic(diagnosticId, LocalDate.of(2023, 5, 2), NOW);

		assertThat(facts()).containsExactly(
				new DiagnosticCompleted(completionId, diagnosticId, this.structure.id(), LocalDate.of(2023, 5, 2)));
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
	void aCompletionWithdrawnByMistakeIsRecordedAgainUnderANewId() {
		String diagnosticId = this.structure.startDiagnostic(LocalDate.of(2023, 5, 2), LocalDate.of(2023, 6, 20), null,
				NOW);
		String first = this.structure.diagnostic(diagnosticId).activeCompletionId();

		this.structure.withdrawDiagnosticCompletion(diagnosticId, NOW);

		assertThat(this.structure.diagnostic(diagnosticId).isCompleted()).isFalse();
		assertThatExceptionOfType(UnknownResource.class)
			.isThrownBy(() -> this.structure.completedDiagnostic(diagnosticId));

		String again = this.structure.completeDiagnostic(diagnosticId, LocalDate.of(2023, 6, 21), NOW);

		assertThat(again).isNotEqualTo(first).isNotEqualTo(diagnosticId);
		assertThat(facts()).containsExactly(
				new DiagnosticCompleted(first, diagnosticId, this.structure.id(), LocalDate.of(2023, 6, 20)),
				new DiagnosticCompletionWithdrawn(first, this.structure.id(), LocalDate.of(2023, 6, 20)),
				new DiagnosticCompleted(again, diagnosticId, this.structure.id(), LocalDate.of(2023, 6, 21)));
		assertThat(this.structure.completedDiagnostic(diagnosticId).completedDate()).isEqualTo("2023-06-21");
	}

	@Test
	void aCompletionRecordedBeforeCompletionsHadTheirOwnIdsIsWithdrawnUnderTheDiagnosticsId() {
		// as a document saved then holds it: published as DiagnosticCompleted v1, whose
		// fact id is the diagnostic id
		Diagnostic legacy = new Diagnostic(Recorded.as("d-1", NOW), LocalDate.of(2023, 5, 2), List.of(), null, null,
				LocalDate.of(2023, 6, 20), null);
		Diagnostic underWay = new Diagnostic(Recorded.as("d-2", NOW), LocalDate.of(2023, 5, 2), List.of(), null, null,
				null, null);

		assertThat(legacy.activeCompletionId()).isEqualTo("d-1");
		assertThat(legacy.completions()).extracting(DiagnosticCompletion::id).containsExactly("d-1");
		assertThat(legacy.withCompletionWithdrawn(NOW).activeCompletionId()).isNull();
		assertThat(legacy.withCompletionWithdrawn(NOW).completions()).extracting(DiagnosticCompletion::isActive)
			.containsExactly(false);
		assertThat(underWay.activeCompletionId()).isNull();
		assertThat(legacy.withCompletionWithdrawn(NOW)
			.completed(Recorded.as("c-2", NOW), LocalDate.of(2023, 6, 21))
			.activeCompletionId()).isEqualTo("c-2");
	}

	@Test
	void withdrawingACompletedDiagnosticWithdrawsItsCompletion() {
		String diagnosticId = this.structure.startDiagnostic(LocalDate.of(2023, 5, 2), LocalDate.of(2023, 6, 20), null,
				NOW);

		String completionId = this.structure.diagnostic(diagnosticId).activeCompletionId();

		this.structure.withdrawDiagnostic(diagnosticId, NOW);

		assertThat(facts()).last()
			.isEqualTo(new DiagnosticCompletionWithdrawn(completionId, this.structure.id(), LocalDate.of(2023, 6, 20)));
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
	void aPostEngineeringFollowUpNeedsNoRecordedEngineeringSinceHistoryStartsIncomplete() {
		String followUpId = this.structure.holdFollowUp(LocalDate.of(2024, 1, 15), FollowUpKind.POST_ENGINEERING, NOW);

		assertThat(facts()).containsExactly(
				new PostEngineeringFollowUpHeld(followUpId, this.structure.id(), LocalDate.of(2024, 1, 15)));
		assertThat(this.structure.activeFollowUps()).extracting(FollowUp::id).containsExactly(followUpId);
	}

	@Test
	void aFollowUpNeedsItsDateAndKind() {
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.structure.holdFollowUp(null, FollowUpKind.POST_ENGINEERING, NOW));
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.structure.holdFollowUp(LocalDate.of(2024, 1, 15), null, NOW));
		assertThat(this.structure.pendingFacts()).isEmpty();
	}

	@Test
	void withdrawingAFollowUpRaisesItsWithdrawalAndItIsGone() {
		String followUpId = this.structure.holdFollowUp(LocalDate.of(2024, 1, 15), FollowUpKind.POST_ENGINEERING, NOW);

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
		this.structure.holdFollowUp(LocalDate.of(2024, 1, 15), FollowUpKind.POST_ENGINEERING, NOW);

		assertThat(this.structure.pendingFacts()).hasSize(3)
			.allSatisfy((fact) -> assertThat(fact.data()).doesNotContain("Cri de la Plume", "44379696500012",
					"gouvernance", "Dijon"));
	}

	private List<Fact> facts() {
		return this.structure.pendingFacts().stream().map(StructureTests::read).toList();
	}

	private static Fact read(PendingFact pending) {
		FactType type = FactCatalog.byCloudEventType(pending.type()).orElseThrow();
		return FactJson.read(pending.data().getBytes(StandardCharsets.UTF_8), type.javaType());
	}

}
