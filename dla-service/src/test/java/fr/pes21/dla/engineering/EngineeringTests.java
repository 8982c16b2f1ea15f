package fr.pes21.dla.engineering;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.pes21.contracts.Fact;
import fr.pes21.contracts.FactCatalog;
import fr.pes21.contracts.FactJson;
import fr.pes21.contracts.FactType;
import fr.pes21.contracts.dla.CollectiveEngineeringParticipantAdded;
import fr.pes21.contracts.dla.CollectiveEngineeringParticipantWithdrawn;
import fr.pes21.contracts.dla.CollectiveEngineeringStarted;
import fr.pes21.contracts.dla.CollectiveEngineeringWithdrawn;
import fr.pes21.contracts.dla.EngineeringCompleted;
import fr.pes21.contracts.dla.EngineeringCompletionWithdrawn;
import fr.pes21.contracts.dla.IndividualEngineeringStarted;
import fr.pes21.contracts.dla.IndividualEngineeringWithdrawn;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.platform.outbox.OutboxAggregate.PendingFact;
import fr.pes21.platform.problem.RuleViolation;
import fr.pes21.platform.problem.UnknownResource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EngineeringTests {

	// 2024-12-02 in Paris.
	private static final Stamp NOW = new Stamp(Instant.parse("2024-12-02T09:30:00Z"), "alice");

	private static final LocalDate SUMMER = LocalDate.of(2024, 6, 3);

	private static final String TOPIC = "Définir une stratégie commerciale, éthique et solidaire";

	private static final String CONSULTANT = "Cabinet 3ème Élément";

	@Test
	void anIndividualEngineeringRaisesIndividualEngineeringStartedWhoseIdIsTheEngineerings() {
		Engineering engineering = individual("cri-de-la-plume");

		assertThat(facts(engineering)).containsExactly(new IndividualEngineeringStarted(engineering.id(),
				engineering.id(), "cri-de-la-plume", LocalDate.of(2023, 10, 2), 5));
		assertThat(engineering.activeParticipants()).singleElement()
			.satisfies((participation) -> assertThat(participation.atStart()).isTrue());
	}

	@Test
	void anIndividualEngineeringIsForExactlyOneStructure() {
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> Engineering.start(EngineeringKind.INDIVIDUAL, "modèle économique", "Consultante", 5,
					SUMMER, List.of(), NOW))
			.withMessageContaining("exactly one structure (0 given)");
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> Engineering.start(EngineeringKind.INDIVIDUAL, "modèle économique", "Consultante", 5,
					SUMMER, List.of("a", "b"), NOW))
			.withMessageContaining("exactly one structure (2 given)");
	}

	@Test
	void aCollectiveEngineeringIsForTwoOrMoreStructures() {
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(
				() -> Engineering.start(EngineeringKind.COLLECTIVE, TOPIC, CONSULTANT, 4, SUMMER, List.of("a"), NOW))
			.withMessageContaining("two or more structures (1 given)");
	}

	@Test
	void aStructureCannotBeListedTwice() {
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> Engineering.start(EngineeringKind.COLLECTIVE,
				TOPIC, CONSULTANT, 4, SUMMER, List.of("a", "b", "a"), NOW));
	}

	@Test
	void anEngineeringNeedsMoreThanZeroDays() {
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> Engineering.start(EngineeringKind.INDIVIDUAL,
				"modèle économique", "Consultante", 0, SUMMER, List.of("a"), NOW));
	}

	@Test
	void aCollectiveEngineeringRaisesCollectiveEngineeringStartedWithItsInitialStructures() {
		Engineering engineering = collective("a", "b", "c");

		assertThat(facts(engineering)).containsExactly(new CollectiveEngineeringStarted(engineering.id(),
				engineering.id(), List.of("a", "b", "c"), SUMMER, 4));
	}

	@Test
	void noFactCarriesTheTopicNorTheConsultant() {
		Engineering engineering = collective("a", "b");
		engineering.addParticipant("c", LocalDate.of(2024, 7, 1), NOW);
		engineering.complete(LocalDate.of(2024, 9, 30), NOW);
		engineering.withdraw(NOW);

		assertThat(engineering.pendingFacts()).hasSize(6)
			.allSatisfy((fact) -> assertThat(fact.data()).doesNotContain("stratégie", "Cabinet", "Élément"));
	}

	@Test
	void aParticipantAddedLaterCarriesTheEngineeringsStartDate() {
		Engineering engineering = collective("a", "b");

		String participationId = engineering.addParticipant("c", LocalDate.of(2024, 7, 1), NOW);

		assertThat(lastFact(engineering)).isEqualTo(new CollectiveEngineeringParticipantAdded(participationId,
				engineering.id(), "c", LocalDate.of(2024, 7, 1), SUMMER));
		assertThat(engineering.participationOf("c")).isPresent();
	}

	@Test
	void aParticipantAddedWithoutJoinedOnTakesPartFromTheStartNeverFromTheDayItIsTyped() {
		Engineering engineering = collective("a", "b");

		// typed in on 2 December 2024, for an engineering that started on 3 June
		String participationId = engineering.addParticipant("c", null, NOW);

		assertThat(engineering.participationOf("c").orElseThrow().joinedOn()).isEqualTo(SUMMER);
		assertThat(lastFact(engineering)).isEqualTo(
				new CollectiveEngineeringParticipantAdded(participationId, engineering.id(), "c", SUMMER, SUMMER));
	}

	@Test
	void aParticipantAddedWithoutJoinedOnCanBeFollowedByACompletionOnTheStartDay() {
		Engineering engineering = collective("a", "b");
		engineering.addParticipant("c", null, NOW);

		engineering.complete(SUMMER, NOW);

		assertThat(engineering.isCompleted()).isTrue();
	}

	@Test
	void aParticipantCannotJoinBeforeTheStart() {
		Engineering engineering = collective("a", "b");

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> engineering.addParticipant("c", SUMMER.minusDays(1), NOW))
			.withMessageContaining("before it started (2024-06-03)");
	}

	@Test
	void aParticipantCannotBeAddedTwice() {
		Engineering engineering = collective("a", "b");
		engineering.addParticipant("c", LocalDate.of(2024, 7, 1), NOW);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> engineering.addParticipant("c", LocalDate.of(2024, 7, 2), NOW))
			.withMessageContaining("already takes part");
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> engineering.addParticipant("a", LocalDate.of(2024, 7, 2), NOW));
		assertThat(engineering.activeParticipants()).hasSize(3);
	}

	@Test
	void aWithdrawnParticipantCanBeAddedAgain() {
		Engineering engineering = collective("a", "b");
		String first = engineering.addParticipant("c", LocalDate.of(2024, 7, 1), NOW);
		engineering.withdrawParticipant(first, NOW);

		String again = engineering.addParticipant("c", LocalDate.of(2024, 7, 2), NOW);

		assertThat(again).isNotEqualTo(first);
		assertThat(engineering.participationOf("c").orElseThrow().id()).isEqualTo(again);
	}

	@Test
	void aParticipantCannotBeAddedToAnIndividualEngineering() {
		Engineering engineering = individual("a");

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> engineering.addParticipant("b", LocalDate.of(2023, 11, 1), NOW))
			.withMessageContaining("only be added to a collective engineering");
	}

	@Test
	void aParticipantCannotJoinAfterTheCompletion() {
		Engineering engineering = collective("a", "b");
		engineering.complete(LocalDate.of(2024, 9, 30), NOW);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> engineering.addParticipant("c", LocalDate.of(2024, 10, 1), NOW))
			.withMessageContaining("completed on 2024-09-30");
		engineering.addParticipant("c", LocalDate.of(2024, 9, 30), NOW);
		engineering.addParticipant("d", null, NOW);
		assertThat(engineering.activeParticipants()).extracting(Participation::joinedOn)
			.containsExactly(SUMMER, SUMMER, LocalDate.of(2024, 9, 30), SUMMER);
	}

	@Test
	void withdrawingAParticipantAddedLaterRaisesItsWithdrawal() {
		Engineering engineering = collective("a", "b");
		String participationId = engineering.addParticipant("c", LocalDate.of(2024, 7, 1), NOW);

		engineering.withdrawParticipant(participationId, NOW);

		assertThat(lastFact(engineering)).isEqualTo(new CollectiveEngineeringParticipantWithdrawn(participationId,
				engineering.id(), "c", LocalDate.of(2024, 7, 1)));
		assertThat(engineering.participationOf("c")).isEmpty();
		assertThatExceptionOfType(UnknownResource.class)
			.isThrownBy(() -> engineering.withdrawParticipant(participationId, NOW));
	}

	@Test
	void aStructureThereFromTheStartCannotBeWithdrawnAlone() {
		Engineering engineering = collective("a", "b");
		String initial = engineering.participationOf("a").orElseThrow().id();

		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> engineering.withdrawParticipant(initial, NOW))
			.withMessageContaining("withdraw the engineering");
	}

	@Test
	void aCompletionRaisesEngineeringCompletedWithItsOwnId() {
		Engineering engineering = individual("a");

		String completionId = engineering.complete(LocalDate.of(2024, 1, 15), NOW);

		assertThat(completionId).isNotEqualTo(engineering.id());
		assertThat(lastFact(engineering))
			.isEqualTo(new EngineeringCompleted(completionId, engineering.id(), LocalDate.of(2024, 1, 15)));
	}

	@Test
	void anEngineeringCannotBeCompletedBeforeItStarted() {
		Engineering engineering = individual("a");

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> engineering.complete(LocalDate.of(2023, 10, 1), NOW))
			.withMessageContaining("before it started (2023-10-02)");
		assertThat(engineering.isCompleted()).isFalse();
	}

	@Test
	void anEngineeringCannotBeCompletedBeforeAStructureJoinedIt() {
		Engineering engineering = collective("a", "b");
		engineering.addParticipant("c", LocalDate.of(2024, 7, 1), NOW);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> engineering.complete(LocalDate.of(2024, 6, 30), NOW));
	}

	@Test
	void anEngineeringIsCompletedOnlyOnceUntilTheCompletionIsWithdrawn() {
		Engineering engineering = individual("a");
		String first = engineering.complete(LocalDate.of(2024, 1, 15), NOW);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> engineering.complete(LocalDate.of(2024, 1, 16), NOW))
			.withMessageContaining("already completed on 2024-01-15");

		engineering.withdrawCompletion(NOW);
		String corrected = engineering.complete(LocalDate.of(2024, 1, 16), NOW);

		assertThat(facts(engineering)).endsWith(
				new EngineeringCompletionWithdrawn(first, engineering.id(), LocalDate.of(2024, 1, 15)),
				new EngineeringCompleted(corrected, engineering.id(), LocalDate.of(2024, 1, 16)));
	}

	@Test
	void withdrawingACollectiveEngineeringWithdrawsItsCompletionAndAddedParticipantsThenItsStart() {
		Engineering engineering = collective("a", "b");
		String c = engineering.addParticipant("c", LocalDate.of(2024, 7, 1), NOW);
		String d = engineering.addParticipant("d", LocalDate.of(2024, 7, 8), NOW);
		String completionId = engineering.complete(LocalDate.of(2024, 9, 30), NOW);
		int before = engineering.pendingFacts().size();

		engineering.withdraw(NOW);

		String id = engineering.id();
		assertThat(facts(engineering).subList(before, engineering.pendingFacts().size())).containsExactly(
				new EngineeringCompletionWithdrawn(completionId, id, LocalDate.of(2024, 9, 30)),
				new CollectiveEngineeringParticipantWithdrawn(d, id, "d", LocalDate.of(2024, 7, 8)),
				new CollectiveEngineeringParticipantWithdrawn(c, id, "c", LocalDate.of(2024, 7, 1)),
				new CollectiveEngineeringWithdrawn(id, id, SUMMER));
		assertThat(engineering.isWithdrawn()).isTrue();
	}

	@Test
	void withdrawingAnIndividualEngineeringRaisesIndividualEngineeringWithdrawn() {
		Engineering engineering = individual("a");

		engineering.withdraw(NOW);

		assertThat(lastFact(engineering)).isEqualTo(
				new IndividualEngineeringWithdrawn(engineering.id(), engineering.id(), "a", LocalDate.of(2023, 10, 2)));
	}

	@Test
	void aWithdrawnEngineeringIsGoneForEveryOperation() {
		Engineering engineering = collective("a", "b");
		engineering.withdraw(NOW);

		assertThatExceptionOfType(UnknownResource.class).isThrownBy(() -> engineering.withdraw(NOW));
		assertThatExceptionOfType(UnknownResource.class)
			.isThrownBy(() -> engineering.addParticipant("c", LocalDate.of(2024, 7, 1), NOW));
		assertThatExceptionOfType(UnknownResource.class)
			.isThrownBy(() -> engineering.complete(LocalDate.of(2024, 9, 30), NOW));
		assertThatExceptionOfType(UnknownResource.class).isThrownBy(engineering::completion);
	}

	private static Engineering individual(String structureId) {
		return Engineering.start(EngineeringKind.INDIVIDUAL, "modèle économique", "Consultante", 5,
				LocalDate.of(2023, 10, 2), List.of(structureId), NOW);
	}

	private static Engineering collective(String... structureIds) {
		return Engineering.start(EngineeringKind.COLLECTIVE, TOPIC, CONSULTANT, 4, SUMMER, List.of(structureIds), NOW);
	}

	private static List<Fact> facts(Engineering engineering) {
		return engineering.pendingFacts().stream().map(EngineeringTests::read).toList();
	}

	private static Fact lastFact(Engineering engineering) {
		return facts(engineering).getLast();
	}

	private static Fact read(PendingFact pending) {
		FactType type = FactCatalog.byCloudEventType(pending.type()).orElseThrow();
		return FactJson.read(pending.data().getBytes(StandardCharsets.UTF_8), type.javaType());
	}

}
