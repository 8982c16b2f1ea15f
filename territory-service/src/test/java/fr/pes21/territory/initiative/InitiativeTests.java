package fr.pes21.territory.initiative;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.pes21.contracts.Fact;
import fr.pes21.contracts.FactCatalog;
import fr.pes21.contracts.FactJson;
import fr.pes21.contracts.FactType;
import fr.pes21.contracts.territory.InitiativeStage;
import fr.pes21.contracts.territory.InitiativeStageChangeWithdrawn;
import fr.pes21.contracts.territory.InitiativeStageChanged;
import fr.pes21.contracts.territory.InitiativeStarted;
import fr.pes21.contracts.territory.InitiativeWithdrawn;
import fr.pes21.contracts.territory.MilestoneKind;
import fr.pes21.contracts.territory.MilestoneReached;
import fr.pes21.contracts.territory.MilestoneWithdrawn;
import fr.pes21.contracts.territory.SteeringMeetingHeld;
import fr.pes21.contracts.territory.SteeringMeetingWithdrawn;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.platform.outbox.OutboxAggregate.PendingFact;
import fr.pes21.platform.problem.RuleViolation;
import fr.pes21.platform.problem.UnknownResource;
import org.junit.jupiter.api.Test;

import static fr.pes21.contracts.territory.InitiativeStage.CREATION;
import static fr.pes21.contracts.territory.InitiativeStage.EMERGENCE;
import static fr.pes21.contracts.territory.InitiativeStage.FEASIBILITY;
import static fr.pes21.contracts.territory.InitiativeStage.LAUNCHED;
import static fr.pes21.contracts.territory.InitiativeStage.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InitiativeTests {

	private static final Stamp NOW = new Stamp(Instant.parse("2024-12-02T09:30:00Z"), "alice");

	private static final String TERRITORY = "ouche-et-montagne";

	private static final LocalDate STARTED = LocalDate.of(2023, 3, 1);

	private final Initiative initiative = Initiative.start(TERRITORY, "La Boucle", "need-1", LocalDate.of(2023, 2, 7),
			STARTED, NOW);

	@Test
	void startingAnInitiativeRaisesInitiativeStartedWhoseIdIsTheInitiativesAtEmergence() {
		assertThat(facts()).containsExactly(
				new InitiativeStarted(this.initiative.id(), this.initiative.id(), TERRITORY, "need-1", STARTED));
		assertThat(this.initiative.stage()).isEqualTo(EMERGENCE);
		assertThat(this.initiative.stageSince()).isEqualTo(STARTED);
		assertThat(this.initiative.jobs()).isNull();
	}

	@Test
	void anInitiativeWithoutANeedStartsToo() {
		Initiative withoutNeed = Initiative.start(TERRITORY, "Tiers-lieu", null, null, STARTED, NOW);

		assertThat(withoutNeed.needId()).isNull();
		assertThat(withoutNeed.pendingFacts()).hasSize(1);
	}

	@Test
	void anInitiativeBornFromANeedDoesNotStartBeforeTheNeedWasIdentified() {
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> Initiative.start(TERRITORY, "La Boucle", "need-1", LocalDate.of(2023, 2, 7),
					LocalDate.of(2023, 2, 6), NOW))
			.withMessageContaining("before the need was identified (2023-02-07)");
	}

	@Test
	void anInitiativeMovesThroughEveryStageInOrderAndDeclaresItsJobsWhenLaunched() {
		String feasibility = this.initiative.changeStage(FEASIBILITY, LocalDate.of(2023, 6, 1), null, NOW);
		String creation = this.initiative.changeStage(CREATION, LocalDate.of(2023, 12, 2), null, NOW);
		String launched = this.initiative.changeStage(LAUNCHED, LocalDate.of(2024, 6, 1), 1, NOW);

		assertThat(facts()).containsSubsequence(
				new InitiativeStageChanged(feasibility, this.initiative.id(), TERRITORY, FEASIBILITY, EMERGENCE,
						LocalDate.of(2023, 6, 1), null),
				new InitiativeStageChanged(creation, this.initiative.id(), TERRITORY, CREATION, FEASIBILITY,
						LocalDate.of(2023, 12, 2), null),
				new InitiativeStageChanged(launched, this.initiative.id(), TERRITORY, LAUNCHED, CREATION,
						LocalDate.of(2024, 6, 1), 1));
		assertThat(this.initiative.stage()).isEqualTo(LAUNCHED);
		assertThat(this.initiative.jobs()).isEqualTo(1);
		assertThat(List.of(feasibility, creation, launched)).doesNotHaveDuplicates()
			.doesNotContain(this.initiative.id());
	}

	@Test
	void aLaunchWithoutJobsDeclaresNone() {
		toCreation();

		String launched = this.initiative.changeStage(LAUNCHED, LocalDate.of(2024, 6, 1), null, NOW);

		assertThat(this.initiative.stageChange(launched).jobs()).isZero();
		assertThat(facts()).last().extracting((fact) -> ((InitiativeStageChanged) fact).jobs()).isEqualTo(0);
	}

	@Test
	void theSameStageIsRefused() {
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.initiative.changeStage(EMERGENCE, LocalDate.of(2023, 4, 1), null, NOW))
			.withMessageContaining("already at EMERGENCE")
			.withMessageContaining("next stage is FEASIBILITY");

		String feasibility = this.initiative.changeStage(FEASIBILITY, LocalDate.of(2023, 6, 1), null, NOW);
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.initiative.changeStage(FEASIBILITY, LocalDate.of(2023, 7, 1), null, NOW))
			.withMessageContaining("already at FEASIBILITY")
			.withMessageContaining("withdraw the latest stage change (DELETE /api/initiatives/" + this.initiative.id()
					+ "/stages/" + feasibility + ")");
	}

	@Test
	void goingBackAStageIsRefusedAndTheDetailSaysToWithdrawTheLatestStageChange() {
		toCreation();
		String creation = this.initiative.latestStageChange().orElseThrow().id();

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.initiative.changeStage(FEASIBILITY, LocalDate.of(2024, 1, 1), null, NOW))
			.withMessageContaining("only move forward")
			.withMessageContaining("/stages/" + creation)
			.withMessageContaining("back at FEASIBILITY");
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.initiative.changeStage(EMERGENCE, LocalDate.of(2024, 1, 1), null, NOW));
		assertThat(this.initiative.stage()).isEqualTo(CREATION);
	}

	@Test
	void aStageCannotBeSkipped() {
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.initiative.changeStage(CREATION, LocalDate.of(2023, 6, 1), null, NOW))
			.withMessageContaining("not skipped")
			.withMessageContaining("record FEASIBILITY first");
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.initiative.changeStage(LAUNCHED, LocalDate.of(2023, 6, 1), 1, NOW));
		assertThat(this.initiative.pendingFacts()).hasSize(1);
	}

	@Test
	void anInitiativeStopsFromAnyStageThatIsNotFinal() {
		for (InitiativeStage reached : List.of(EMERGENCE, FEASIBILITY, CREATION)) {
			Initiative initiative = Initiative.start(TERRITORY, "Épicerie", null, null, STARTED, NOW);
			LocalDate date = STARTED;
			for (InitiativeStage stage : List.of(FEASIBILITY, CREATION)) {
				if (stage.ordinal() <= reached.ordinal()) {
					date = date.plusMonths(1);
					initiative.changeStage(stage, date, null, NOW);
				}
			}

			initiative.changeStage(STOPPED, date.plusMonths(1), null, NOW);

			assertThat(initiative.stage()).isEqualTo(STOPPED);
			assertThat(initiative.latestStageChange().orElseThrow().previousStage()).isEqualTo(reached);
		}
	}

	@Test
	void nothingComesAfterStoppedNorAfterLaunched() {
		this.initiative.changeStage(STOPPED, LocalDate.of(2023, 6, 1), null, NOW);

		for (InitiativeStage stage : InitiativeStage.values()) {
			assertThatExceptionOfType(RuleViolation.class)
				.isThrownBy(() -> this.initiative.changeStage(stage, LocalDate.of(2023, 7, 1), null, NOW))
				.withMessageContaining("final stage")
				.withMessageContaining("withdraw the latest stage change");
		}

		Initiative launched = Initiative.start(TERRITORY, "Épicerie", null, null, STARTED, NOW);
		launched.changeStage(FEASIBILITY, LocalDate.of(2023, 4, 1), null, NOW);
		launched.changeStage(CREATION, LocalDate.of(2023, 5, 1), null, NOW);
		launched.changeStage(LAUNCHED, LocalDate.of(2023, 6, 1), 2, NOW);
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> launched.changeStage(STOPPED, LocalDate.of(2024, 6, 1), null, NOW))
			.withMessageContaining("LAUNCHED since 2023-06-01, a final stage");
	}

	@Test
	void aStageChangeIsNotDatedBeforeTheStartNorBeforeThePreviousStage() {
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.initiative.changeStage(FEASIBILITY, LocalDate.of(2023, 2, 28), null, NOW))
			.withMessageContaining("before it started (2023-03-01)");
		this.initiative.changeStage(FEASIBILITY, LocalDate.of(2023, 6, 1), null, NOW);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.initiative.changeStage(CREATION, LocalDate.of(2023, 5, 31), null, NOW))
			.withMessageContaining("before it reached FEASIBILITY (2023-06-01)");
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.initiative.changeStage(STOPPED, LocalDate.of(2023, 5, 31), null, NOW));
		this.initiative.changeStage(CREATION, LocalDate.of(2023, 6, 1), null, NOW);
		assertThat(this.initiative.stage()).isEqualTo(CREATION);
	}

	@Test
	void jobsAreDeclaredWithLaunchedOnly() {
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.initiative.changeStage(FEASIBILITY, LocalDate.of(2023, 6, 1), 0, NOW))
			.withMessageContaining("Jobs are declared when the initiative is LAUNCHED");
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.initiative.changeStage(STOPPED, LocalDate.of(2023, 6, 1), 2, NOW));
		toCreation();
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.initiative.changeStage(LAUNCHED, LocalDate.of(2024, 6, 1), -1, NOW));
		assertThat(this.initiative.stage()).isEqualTo(CREATION);
	}

	@Test
	void onlyTheLatestStageChangeIsWithdrawnAndTheInitiativeIsBackAtThePreviousStage() {
		String feasibility = this.initiative.changeStage(FEASIBILITY, LocalDate.of(2023, 6, 1), null, NOW);
		String creation = this.initiative.changeStage(CREATION, LocalDate.of(2023, 12, 2), null, NOW);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.initiative.withdrawStageChange(feasibility, NOW))
			.withMessageContaining("Only the latest stage change")
			.withMessageContaining("/stages/" + creation);

		this.initiative.withdrawStageChange(creation, NOW);

		assertThat(facts()).last()
			.isEqualTo(new InitiativeStageChangeWithdrawn(creation, this.initiative.id(), TERRITORY, CREATION,
					LocalDate.of(2023, 12, 2)));
		assertThat(this.initiative.stage()).isEqualTo(FEASIBILITY);
		assertThat(this.initiative.stageSince()).isEqualTo(LocalDate.of(2023, 6, 1));
		assertThatExceptionOfType(UnknownResource.class)
			.isThrownBy(() -> this.initiative.withdrawStageChange(creation, NOW));

		this.initiative.withdrawStageChange(feasibility, NOW);
		assertThat(this.initiative.stage()).isEqualTo(EMERGENCE);
		assertThat(this.initiative.latestStageChange()).isEmpty();
	}

	@Test
	void aWithdrawnLaunchCanBeRecordedAgainWithANewId() {
		toCreation();
		String mistaken = this.initiative.changeStage(LAUNCHED, LocalDate.of(2024, 5, 1), 3, NOW);
		this.initiative.withdrawStageChange(mistaken, NOW);

		String corrected = this.initiative.changeStage(LAUNCHED, LocalDate.of(2024, 6, 1), 1, NOW);

		assertThat(corrected).isNotEqualTo(mistaken);
		assertThat(this.initiative.jobs()).isEqualTo(1);
	}

	@Test
	void milestonesAndMeetingsRaiseTheirFactsWithTheirOwnIds() {
		String assembly = this.initiative.reachMilestone(MilestoneKind.FOUNDING_ASSEMBLY, LocalDate.of(2023, 12, 2),
				"Assemblée générale constitutive", NOW);
		String meeting = this.initiative.holdMeeting(LocalDate.of(2024, 1, 25), MeetingKind.STEERING, NOW);

		assertThat(facts()).containsSubsequence(
				new MilestoneReached(assembly, this.initiative.id(), TERRITORY, MilestoneKind.FOUNDING_ASSEMBLY,
						LocalDate.of(2023, 12, 2)),
				new SteeringMeetingHeld(meeting, this.initiative.id(), TERRITORY, LocalDate.of(2024, 1, 25)));
		assertThat(this.initiative.milestone(assembly).label()).isEqualTo("Assemblée générale constitutive");
	}

	@Test
	void milestonesAndMeetingsAreNotDatedBeforeTheInitiativeStarted() {
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.initiative.reachMilestone(MilestoneKind.FOUNDING_ASSEMBLY, LocalDate.of(2023, 2, 28),
					"AG", NOW))
			.withMessageContaining("before the initiative started (2023-03-01)");
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.initiative.holdMeeting(LocalDate.of(2023, 2, 28), MeetingKind.STEERING, NOW));

		this.initiative.reachMilestone(MilestoneKind.OTHER, STARTED, "Premier diagnostic", NOW);
		this.initiative.holdMeeting(STARTED, MeetingKind.STEERING, NOW);
		assertThat(this.initiative.activeMilestones()).hasSize(1);
		assertThat(this.initiative.activeMeetings()).hasSize(1);
	}

	@Test
	void withdrawingAMilestoneOrAMeetingRaisesItsWithdrawalAndItIsGone() {
		String milestone = this.initiative.reachMilestone(MilestoneKind.STATUTES, LocalDate.of(2024, 1, 10),
				"Statuts déposés", NOW);
		String meeting = this.initiative.holdMeeting(LocalDate.of(2024, 1, 25), MeetingKind.STEERING, NOW);

		this.initiative.withdrawMilestone(milestone, NOW);
		this.initiative.withdrawMeeting(meeting, NOW);

		assertThat(facts()).endsWith(
				new MilestoneWithdrawn(milestone, this.initiative.id(), TERRITORY, LocalDate.of(2024, 1, 10)),
				new SteeringMeetingWithdrawn(meeting, this.initiative.id(), TERRITORY, LocalDate.of(2024, 1, 25)));
		assertThatExceptionOfType(UnknownResource.class)
			.isThrownBy(() -> this.initiative.withdrawMilestone(milestone, NOW));
		assertThatExceptionOfType(UnknownResource.class).isThrownBy(() -> this.initiative.meeting(meeting));
	}

	@Test
	void withdrawingTheInitiativeWithdrawsEveryFactTheLatestDatedFirstThenItsStart() {
		String feasibility = this.initiative.changeStage(FEASIBILITY, LocalDate.of(2023, 6, 1), null, NOW);
		String creation = this.initiative.changeStage(CREATION, LocalDate.of(2023, 12, 2), null, NOW);
		String meeting = this.initiative.holdMeeting(LocalDate.of(2024, 1, 25), MeetingKind.STEERING, NOW);
		String assembly = this.initiative.reachMilestone(MilestoneKind.FOUNDING_ASSEMBLY, LocalDate.of(2023, 12, 2),
				"AG constitutive", NOW);
		String launched = this.initiative.changeStage(LAUNCHED, LocalDate.of(2024, 6, 1), 1, NOW);
		int recorded = this.initiative.pendingFacts().size();

		this.initiative.withdraw(NOW);

		String id = this.initiative.id();
		assertThat(facts().subList(recorded, facts().size())).containsExactly(
				new InitiativeStageChangeWithdrawn(launched, id, TERRITORY, LAUNCHED, LocalDate.of(2024, 6, 1)),
				new SteeringMeetingWithdrawn(meeting, id, TERRITORY, LocalDate.of(2024, 1, 25)),
				new InitiativeStageChangeWithdrawn(creation, id, TERRITORY, CREATION, LocalDate.of(2023, 12, 2)),
				new MilestoneWithdrawn(assembly, id, TERRITORY, LocalDate.of(2023, 12, 2)),
				new InitiativeStageChangeWithdrawn(feasibility, id, TERRITORY, FEASIBILITY, LocalDate.of(2023, 6, 1)),
				new InitiativeWithdrawn(id, id, TERRITORY, STARTED));
		assertThat(this.initiative.isWithdrawn()).isTrue();
		assertThatExceptionOfType(UnknownResource.class).isThrownBy(() -> this.initiative.withdraw(NOW));
		assertThatExceptionOfType(UnknownResource.class)
			.isThrownBy(() -> this.initiative.holdMeeting(LocalDate.of(2024, 2, 1), MeetingKind.STEERING, NOW));
	}

	@Test
	void noFactCarriesTheInitiativesNameNorAMilestonesLabel() {
		this.initiative.reachMilestone(MilestoneKind.APPROVAL, LocalDate.of(2024, 3, 5), "Agrément ESUS obtenu", NOW);
		toCreation();

		assertThat(this.initiative.pendingFacts()).hasSize(4)
			.allSatisfy((fact) -> assertThat(fact.data()).doesNotContain("La Boucle", "Agrément", "ESUS"));
	}

	private void toCreation() {
		this.initiative.changeStage(FEASIBILITY, LocalDate.of(2023, 6, 1), null, NOW);
		this.initiative.changeStage(CREATION, LocalDate.of(2023, 12, 2), null, NOW);
	}

	private List<Fact> facts() {
		return this.initiative.pendingFacts().stream().map(InitiativeTests::read).toList();
	}

	private static Fact read(PendingFact pending) {
		FactType type = FactCatalog.byCloudEventType(pending.type()).orElseThrow();
		return FactJson.read(pending.data().getBytes(StandardCharsets.UTF_8), type.javaType());
	}

}
