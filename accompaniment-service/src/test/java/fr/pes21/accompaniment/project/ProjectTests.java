package fr.pes21.accompaniment.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.pes21.contracts.Fact;
import fr.pes21.contracts.FactCatalog;
import fr.pes21.contracts.FactJson;
import fr.pes21.contracts.FactType;
import fr.pes21.contracts.accompaniment.AccompanimentMeetingHeld;
import fr.pes21.contracts.accompaniment.AccompanimentMeetingWithdrawn;
import fr.pes21.contracts.accompaniment.ClosureOutcome;
import fr.pes21.contracts.accompaniment.MeetingKind;
import fr.pes21.contracts.accompaniment.PostCreationReviewDone;
import fr.pes21.contracts.accompaniment.PostCreationReviewWithdrawn;
import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.contracts.accompaniment.ProjectClosed;
import fr.pes21.contracts.accompaniment.ProjectClosureWithdrawn;
import fr.pes21.contracts.accompaniment.ProjectWelcomeWithdrawn;
import fr.pes21.contracts.accompaniment.ProjectWelcomed;
import fr.pes21.contracts.accompaniment.StructureCreated;
import fr.pes21.contracts.accompaniment.StructureCreationWithdrawn;
import fr.pes21.platform.audit.Stamp;
import fr.pes21.platform.outbox.OutboxAggregate.PendingFact;
import fr.pes21.platform.problem.RuleViolation;
import fr.pes21.platform.problem.UnknownResource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProjectTests {

	private static final Stamp NOW = new Stamp(Instant.parse("2024-12-02T09:30:00Z"), "alice");

	private static final LocalDate WELCOMED_ON = LocalDate.of(2024, 3, 4);

	private final Project project = Project.welcome("La Boucle", Programme.BENEFICE_CREA, WELCOMED_ON, "Sombernon",
			"recyclerie", List.of(new Holder("Camille", "Durand", "camille.durand@example.org", "06 12 34 56 78")),
			NOW);

	@Test
	void welcomingAProjectRaisesProjectWelcomedWhoseFactIdIsTheProjectId() {
		assertThat(facts(this.project)).containsExactly(new ProjectWelcomed(this.project.id(), this.project.id(),
				Programme.BENEFICE_CREA, WELCOMED_ON, "Sombernon", "recyclerie"));
	}

	@Test
	void aProjectNeedsAtLeastOneHolder() {
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> Project.welcome("La Boucle", Programme.CRDVA, WELCOMED_ON, "Dijon", null, List.of(), NOW))
			.withMessageContaining("at least one holder");
	}

	@Test
	void noFactCarriesTheHoldersPersonalData() {
		String meetingId = this.project.holdMeeting(WELCOMED_ON, MeetingKind.INTAKE, "Camille Durand hesitates", NOW);
		this.project.recordCreation(LocalDate.of(2024, 6, 1), "SCIC", 1, NOW);
		this.project.recordPostCreationReview(LocalDate.of(2024, 11, 1), "Durand is doing well", NOW);
		this.project.close(LocalDate.of(2024, 12, 1), ClosureOutcome.CREATED, NOW);
		this.project.withdrawMeeting(meetingId, NOW);

		assertThat(this.project.pendingFacts()).hasSize(6)
			.allSatisfy((fact) -> assertThat(fact.data()).doesNotContain("Camille", "Durand",
					"camille.durand@example.org", "06 12 34 56 78"));
	}

	@Test
	void aMeetingRaisesAccompanimentMeetingHeldWithItsOwnId() {
		String meetingId = this.project.holdMeeting(LocalDate.of(2024, 4, 2), MeetingKind.FOLLOW_UP, null, NOW);

		assertThat(meetingId).isNotEqualTo(this.project.id());
		assertThat(lastFact(this.project)).isEqualTo(new AccompanimentMeetingHeld(meetingId, this.project.id(),
				Programme.BENEFICE_CREA, LocalDate.of(2024, 4, 2), MeetingKind.FOLLOW_UP));
	}

	@Test
	void aMeetingCanBeHeldOnTheDayOfTheWelcome() {
		this.project.holdMeeting(WELCOMED_ON, MeetingKind.INTAKE, null, NOW);

		assertThat(this.project.activeMeetings()).hasSize(1);
	}

	@Test
	void aMeetingCannotBeDatedBeforeTheWelcome() {
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.project.holdMeeting(WELCOMED_ON.minusDays(1), MeetingKind.INTAKE, null, NOW))
			.withMessageContaining("before the project was welcomed (2024-03-04)");
		assertThat(this.project.activeMeetings()).isEmpty();
	}

	@Test
	void aCreationRaisesStructureCreatedWithTheJobsDeclared() {
		String creationId = this.project.recordCreation(LocalDate.of(2024, 6, 1), "SCIC", 2, NOW);

		assertThat(lastFact(this.project)).isEqualTo(new StructureCreated(creationId, this.project.id(),
				Programme.BENEFICE_CREA, LocalDate.of(2024, 6, 1), "SCIC", 2));
	}

	@Test
	void aCreationCannotBeDatedBeforeTheWelcome() {
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.project.recordCreation(LocalDate.of(2023, 12, 31), "SAS", 1, NOW));
	}

	@Test
	void aStructureIsCreatedOnlyOnce() {
		this.project.recordCreation(LocalDate.of(2024, 6, 1), "SCIC", 1, NOW);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.project.recordCreation(LocalDate.of(2024, 7, 1), "SAS", 3, NOW))
			.withMessageContaining("already created on 2024-06-01");
	}

	@Test
	void aWithdrawnCreationCanBeRecordedAgain() {
		this.project.recordCreation(LocalDate.of(2024, 6, 1), "SCIC", 1, NOW);
		this.project.withdrawCreation(NOW);

		String corrected = this.project.recordCreation(LocalDate.of(2024, 6, 10), "SCIC", 1, NOW);

		assertThat(this.project.creation().id()).isEqualTo(corrected);
	}

	@Test
	void aCreationCannotHaveNegativeJobs() {
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.project.recordCreation(LocalDate.of(2024, 6, 1), "SCIC", -1, NOW));
	}

	@Test
	void aPostCreationReviewNeedsACreation() {
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.project.recordPostCreationReview(LocalDate.of(2024, 11, 1), null, NOW))
			.withMessageContaining("needs the structure's creation");
	}

	@Test
	void aPostCreationReviewNeedsACreationThatWasNotWithdrawn() {
		this.project.recordCreation(LocalDate.of(2024, 6, 1), "SCIC", 1, NOW);
		this.project.withdrawCreation(NOW);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.project.recordPostCreationReview(LocalDate.of(2024, 11, 1), null, NOW));
	}

	@Test
	void aPostCreationReviewCannotBeDatedBeforeTheCreation() {
		this.project.recordCreation(LocalDate.of(2024, 6, 1), "SCIC", 1, NOW);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.project.recordPostCreationReview(LocalDate.of(2024, 5, 31), null, NOW))
			.withMessageContaining("before the structure's creation (2024-06-01)");
	}

	@Test
	void aPostCreationReviewAfterTheCreationRaisesPostCreationReviewDone() {
		this.project.recordCreation(LocalDate.of(2024, 6, 1), "SCIC", 1, NOW);

		String reviewId = this.project.recordPostCreationReview(LocalDate.of(2024, 6, 1), "fine", NOW);

		assertThat(lastFact(this.project)).isEqualTo(new PostCreationReviewDone(reviewId, this.project.id(),
				Programme.BENEFICE_CREA, LocalDate.of(2024, 6, 1)));
	}

	@Test
	void aClosureRaisesProjectClosedWithItsOutcome() {
		String closureId = this.project.close(LocalDate.of(2024, 12, 1), ClosureOutcome.ABANDONED, NOW);

		assertThat(lastFact(this.project)).isEqualTo(new ProjectClosed(closureId, this.project.id(),
				Programme.BENEFICE_CREA, LocalDate.of(2024, 12, 1), ClosureOutcome.ABANDONED));
	}

	@Test
	void aClosureCannotBeDatedBeforeTheWelcome() {
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.project.close(LocalDate.of(2024, 1, 1), ClosureOutcome.REDIRECTED, NOW));
	}

	@Test
	void aProjectIsClosedOnlyOnce() {
		this.project.close(LocalDate.of(2024, 12, 1), ClosureOutcome.ABANDONED, NOW);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.project.close(LocalDate.of(2024, 12, 2), ClosureOutcome.REDIRECTED, NOW))
			.withMessageContaining("already closed on 2024-12-01");
	}

	@Test
	void nothingButWithdrawalsCanBeRecordedAfterTheClosure() {
		this.project.recordCreation(LocalDate.of(2024, 6, 1), "SCIC", 1, NOW);
		String meetingId = this.project.holdMeeting(LocalDate.of(2024, 5, 1), MeetingKind.FOLLOW_UP, null, NOW);
		this.project.close(LocalDate.of(2024, 12, 1), ClosureOutcome.CREATED, NOW);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.project.holdMeeting(LocalDate.of(2024, 12, 5), MeetingKind.FOLLOW_UP, null, NOW))
			.withMessageContaining("after its closure");
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.project.recordPostCreationReview(LocalDate.of(2024, 12, 5), null, NOW));
		this.project.withdrawMeeting(meetingId, NOW);
		assertThat(this.project.activeMeetings()).isEmpty();
	}

	@Test
	void aCreationCannotBeRecordedAfterTheClosure() {
		this.project.close(LocalDate.of(2024, 12, 1), ClosureOutcome.ABANDONED, NOW);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.project.recordCreation(LocalDate.of(2024, 12, 5), "SAS", 1, NOW));
	}

	@Test
	void withdrawingTheClosureReopensTheProject() {
		this.project.close(LocalDate.of(2024, 12, 1), ClosureOutcome.ABANDONED, NOW);
		String closureId = this.project.closure().id();

		this.project.withdrawClosure(NOW);

		assertThat(lastFact(this.project)).isEqualTo(new ProjectClosureWithdrawn(closureId, this.project.id(),
				Programme.BENEFICE_CREA, LocalDate.of(2024, 12, 1)));
		assertThat(this.project.isClosed()).isFalse();
		this.project.holdMeeting(LocalDate.of(2024, 12, 5), MeetingKind.FOLLOW_UP, null, NOW);
	}

	@Test
	void withdrawingAMeetingRaisesItsWithdrawalWithItsIdAndBusinessDate() {
		String meetingId = this.project.holdMeeting(LocalDate.of(2024, 4, 2), MeetingKind.SITE_VISIT, null, NOW);

		this.project.withdrawMeeting(meetingId, new Stamp(Instant.parse("2025-01-10T08:00:00Z"), "bob"));

		assertThat(lastFact(this.project)).isEqualTo(new AccompanimentMeetingWithdrawn(meetingId, this.project.id(),
				Programme.BENEFICE_CREA, LocalDate.of(2024, 4, 2)));
		assertThat(this.project.activeMeetings()).isEmpty();
	}

	@Test
	void aMeetingCannotBeWithdrawnTwice() {
		String meetingId = this.project.holdMeeting(LocalDate.of(2024, 4, 2), MeetingKind.SITE_VISIT, null, NOW);
		this.project.withdrawMeeting(meetingId, NOW);

		assertThatExceptionOfType(UnknownResource.class).isThrownBy(() -> this.project.withdrawMeeting(meetingId, NOW));
		assertThatExceptionOfType(UnknownResource.class).isThrownBy(() -> this.project.meeting(meetingId));
	}

	@Test
	void anUnknownMeetingCannotBeWithdrawn() {
		assertThatExceptionOfType(UnknownResource.class)
			.isThrownBy(() -> this.project.withdrawMeeting("no-such-meeting", NOW));
	}

	@Test
	void withdrawingTheCreationOrAReviewRaisesTheirWithdrawals() {
		String creationId = this.project.recordCreation(LocalDate.of(2024, 6, 1), "SCIC", 1, NOW);
		String reviewId = this.project.recordPostCreationReview(LocalDate.of(2024, 11, 1), null, NOW);

		this.project.withdrawPostCreationReview(reviewId, NOW);
		this.project.withdrawCreation(NOW);

		assertThat(facts(this.project)).endsWith(
				new PostCreationReviewWithdrawn(reviewId, this.project.id(), Programme.BENEFICE_CREA,
						LocalDate.of(2024, 11, 1)),
				new StructureCreationWithdrawn(creationId, this.project.id(), Programme.BENEFICE_CREA,
						LocalDate.of(2024, 6, 1)));
		assertThatExceptionOfType(UnknownResource.class).isThrownBy(() -> this.project.withdrawCreation(NOW));
	}

	@Test
	void aCreationThatWasNeverRecordedCannotBeWithdrawn() {
		assertThatExceptionOfType(UnknownResource.class).isThrownBy(() -> this.project.withdrawCreation(NOW));
		assertThatExceptionOfType(UnknownResource.class).isThrownBy(() -> this.project.withdrawClosure(NOW));
	}

	@Test
	void withdrawingTheProjectWithdrawsEveryActiveFactThenItsWelcome() {
		String first = this.project.holdMeeting(LocalDate.of(2024, 4, 2), MeetingKind.INTAKE, null, NOW);
		String withdrawnEarlier = this.project.holdMeeting(LocalDate.of(2024, 4, 9), MeetingKind.FOLLOW_UP, null, NOW);
		String creationId = this.project.recordCreation(LocalDate.of(2024, 6, 1), "SCIC", 1, NOW);
		String reviewId = this.project.recordPostCreationReview(LocalDate.of(2024, 11, 1), null, NOW);
		String closureId = this.project.close(LocalDate.of(2024, 12, 1), ClosureOutcome.CREATED, NOW);
		this.project.withdrawMeeting(withdrawnEarlier, NOW);
		int before = this.project.pendingFacts().size();

		this.project.withdraw(NOW);

		String projectId = this.project.id();
		Programme programme = Programme.BENEFICE_CREA;
		assertThat(facts(this.project).subList(before, this.project.pendingFacts().size())).containsExactly(
				new ProjectClosureWithdrawn(closureId, projectId, programme, LocalDate.of(2024, 12, 1)),
				new PostCreationReviewWithdrawn(reviewId, projectId, programme, LocalDate.of(2024, 11, 1)),
				new StructureCreationWithdrawn(creationId, projectId, programme, LocalDate.of(2024, 6, 1)),
				new AccompanimentMeetingWithdrawn(first, projectId, programme, LocalDate.of(2024, 4, 2)),
				new ProjectWelcomeWithdrawn(projectId, projectId, programme, WELCOMED_ON));
		assertThat(this.project.isWithdrawn()).isTrue();
		assertThat(this.project.holders()).isEmpty();
	}

	@Test
	void aWithdrawnProjectIsGoneForEveryOperation() {
		this.project.withdraw(NOW);

		assertThatExceptionOfType(UnknownResource.class).isThrownBy(() -> this.project.withdraw(NOW));
		assertThatExceptionOfType(UnknownResource.class)
			.isThrownBy(() -> this.project.holdMeeting(LocalDate.of(2024, 4, 2), MeetingKind.INTAKE, null, NOW));
		assertThatExceptionOfType(UnknownResource.class)
			.isThrownBy(() -> this.project.close(LocalDate.of(2024, 4, 2), ClosureOutcome.ABANDONED, NOW));
	}

	@Test
	void aWithdrawnMeetingOrReviewLosesItsNotesButKeepsWhoWithdrewIt() {
		String meetingId = this.project.holdMeeting(WELCOMED_ON, MeetingKind.INTAKE, "Camille hesitates", NOW);
		this.project.recordCreation(LocalDate.of(2024, 6, 1), "SCIC", 1, NOW);
		String reviewId = this.project.recordPostCreationReview(LocalDate.of(2024, 11, 1), "Durand is doing well", NOW);
		Stamp bob = new Stamp(Instant.parse("2025-01-10T08:00:00Z"), "bob");

		this.project.withdrawMeeting(meetingId, bob);
		this.project.withdrawPostCreationReview(reviewId, bob);

		assertThat(this.project.meetings()).singleElement().satisfies((meeting) -> {
			assertThat(meeting.notes()).isNull();
			assertThat(meeting.recorded().withdrawnBy()).isEqualTo("bob");
		});
		assertThat(this.project.reviews()).singleElement().satisfies((review) -> {
			assertThat(review.notes()).isNull();
			assertThat(review.recorded().withdrawnAt()).isEqualTo(bob.at());
		});
	}

	@Test
	void erasingPersonalDataBlanksHoldersAndNotesRaisesNoFactAndKeepsOnlyWhoErasedAndWhen() {
		this.project.holdMeeting(WELCOMED_ON, MeetingKind.INTAKE, "Camille hesitates", NOW);
		this.project.recordCreation(LocalDate.of(2024, 6, 1), "SCIC", 1, NOW);
		this.project.recordPostCreationReview(LocalDate.of(2024, 11, 1), "Durand is doing well", NOW);
		int factsBefore = this.project.pendingFacts().size();
		Stamp admin = new Stamp(Instant.parse("2025-02-01T10:00:00Z"), "admin");

		this.project.erasePersonalData(admin);

		assertThat(this.project.holders()).isEmpty();
		assertThat(this.project.meetings()).extracting(Meeting::notes).containsOnlyNulls();
		assertThat(this.project.reviews()).extracting(PostCreationReview::notes).containsOnlyNulls();
		assertThat(this.project.activeMeetings()).hasSize(1);
		assertThat(this.project.activeReviews()).hasSize(1);
		assertThat(this.project.pendingFacts()).hasSize(factsBefore);
		assertThat(this.project.auditEntries()).last().satisfies((entry) -> {
			assertThat(entry.fact()).isEqualTo(Project.PERSONAL_DATA_ERASED);
			assertThat(entry.audit().recordedBy()).isEqualTo("admin");
			assertThat(entry.audit().recordedAt()).isEqualTo(admin.at());
		});
		assertThat(this.project.auditEntries().toString()).doesNotContain("Camille", "Durand", "06 12");
	}

	private static List<Fact> facts(Project project) {
		return project.pendingFacts().stream().map(ProjectTests::read).toList();
	}

	private static Fact lastFact(Project project) {
		return facts(project).getLast();
	}

	private static Fact read(PendingFact pending) {
		FactType type = FactCatalog.byCloudEventType(pending.type()).orElseThrow();
		return FactJson.read(pending.data().getBytes(java.nio.charset.StandardCharsets.UTF_8), type.javaType());
	}

}
