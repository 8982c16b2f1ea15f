package fr.pes21.reporting.dla;

import java.util.List;

import fr.pes21.reporting.report.Figures;
import org.junit.jupiter.api.Test;

import static fr.pes21.reporting.dla.DlaRow.Kind.COLLECTIVE_ENGINEERING;
import static fr.pes21.reporting.dla.DlaRow.Kind.COLLECTIVE_PARTICIPATION;
import static fr.pes21.reporting.dla.DlaRow.Kind.DIAGNOSTIC_COMPLETION;
import static fr.pes21.reporting.dla.DlaRow.Kind.ENGINEERING_COMPLETION;
import static fr.pes21.reporting.dla.DlaRow.Kind.INDIVIDUAL_ENGINEERING;
import static fr.pes21.reporting.dla.DlaRow.Kind.POST_ENGINEERING_FOLLOW_UP;
import static fr.pes21.reporting.dla.DlaRow.Kind.WELCOME;
import static org.assertj.core.api.Assertions.assertThat;

class DlaCountingTests {

	@Test
	void countsAStructureOnceWhenWelcomedTwiceInTheYear() {
		List<DlaRow> facts = List.of(ofStructure(WELCOME, "s1", 2024), ofStructure(WELCOME, "s1", 2024),
				ofStructure(WELCOME, "s2", 2024));

		assertThat(count(2024, facts).get("dla.structuresWelcomed")).isEqualTo(2);
	}

	@Test
	void countsAWelcomeInTheYearOfItsBusinessDateOnly() {
		List<DlaRow> facts = List.of(ofStructure(WELCOME, "s1", 2023));

		assertThat(count(2023, facts).get("dla.structuresWelcomed")).isEqualTo(1);
		assertThat(count(2024, facts).get("dla.structuresWelcomed")).isZero();
	}

	@Test
	void stopsCountingAWithdrawnWelcome() {
		List<DlaRow> facts = List.of(withdrawn(ofStructure(WELCOME, "s1", 2024)), ofStructure(WELCOME, "s2", 2024));

		assertThat(count(2024, facts).get("dla.structuresWelcomed")).isEqualTo(1);
	}

	@Test
	void countsAStructureThatCameBackInEachYearItWasWelcomed() {
		List<DlaRow> facts = List.of(ofStructure(WELCOME, "s1", 2025), ofStructure(WELCOME, "s1", 2023),
				ofStructure(WELCOME, "s2", 2023));

		assertThat(count(2023, facts).get("dla.structuresWelcomed")).isEqualTo(2);
		assertThat(count(2024, facts).get("dla.structuresWelcomed")).isZero();
		assertThat(count(2025, facts).get("dla.structuresWelcomed")).isEqualTo(1);
	}

	@Test
	void countsEveryDiagnosticCompletedInTheYear() {
		List<DlaRow> facts = List.of(ofStructure(DIAGNOSTIC_COMPLETION, "s1", 2024),
				ofStructure(DIAGNOSTIC_COMPLETION, "s2", 2024), ofStructure(DIAGNOSTIC_COMPLETION, "s3", 2023),
				withdrawn(ofStructure(DIAGNOSTIC_COMPLETION, "s4", 2024)));

		assertThat(count(2024, facts).get("dla.individualDiagnostics")).isEqualTo(2);
	}

	@Test
	void countsTheIndividualEngineeringsStartedInTheYear() {
		List<DlaRow> facts = List.of(individual("e1", "s1", 2024), individual("e2", "s2", 2024),
				individual("e3", "s3", 2023), withdrawn(individual("e4", "s4", 2024)));

		assertThat(count(2024, facts).get("dla.individualEngineerings")).isEqualTo(2);
	}

	@Test
	void countsTheCollectiveEngineeringsStartedInTheYear() {
		List<DlaRow> facts = List.of(collective("c1", 2024, "s1", "s2"), collective("c2", 2024, "s3", "s4"),
				collective("c3", 2025, "s5", "s6"));

		assertThat(count(2024, facts).get("dla.collectiveEngineerings")).isEqualTo(2);
	}

	@Test
	void countsAStructureOnceAcrossTheCollectiveEngineeringsOfTheYear() {
		List<DlaRow> facts = List.of(collective("c1", 2024, "s1", "s2"), collective("c2", 2024, "s2", "s3"));

		assertThat(count(2024, facts).get("dla.collectiveEngineeringBeneficiaries")).isEqualTo(3);
	}

	@Test
	void countsAParticipantAddedLaterWithTheEngineeringsStartYear() {
		// Added in January 2025 to an engineering started in November 2024: filed in 2024
		List<DlaRow> facts = List.of(collective("c1", 2024, "s1", "s2"), participation("c1", "s3", 2024));

		assertThat(count(2024, facts).get("dla.collectiveEngineeringBeneficiaries")).isEqualTo(3);
		assertThat(count(2024, facts).get("dla.beneficiaryStructures")).isEqualTo(3);
		assertThat(count(2025, facts).get("dla.collectiveEngineeringBeneficiaries")).isZero();
	}

	@Test
	void stopsCountingAWithdrawnParticipant() {
		List<DlaRow> facts = List.of(collective("c1", 2024, "s1", "s2"), withdrawn(participation("c1", "s3", 2024)));

		assertThat(count(2024, facts).get("dla.collectiveEngineeringBeneficiaries")).isEqualTo(2);
	}

	@Test
	void stopsCountingAWithdrawnCollectiveEngineeringWithEveryParticipant() {
		// The withdrawal's tombstone knows no participant; the one added later is a
		// fact of its own.
		List<DlaRow> facts = List.of(withdrawn(collective("c1", 2024)), participation("c1", "s3", 2024),
				collective("c2", 2024, "s4", "s5"));

		Figures figures = count(2024, facts);

		assertThat(figures.get("dla.collectiveEngineerings")).isEqualTo(1);
		assertThat(figures.get("dla.collectiveEngineeringBeneficiaries")).isEqualTo(2);
		assertThat(figures.get("dla.beneficiaryStructures")).isEqualTo(2);
	}

	@Test
	void countsAStructureOnceWhateverItsNumberOfFollowUpMeetings() {
		List<DlaRow> facts = List.of(ofStructure(POST_ENGINEERING_FOLLOW_UP, "s1", 2024),
				ofStructure(POST_ENGINEERING_FOLLOW_UP, "s1", 2024),
				ofStructure(POST_ENGINEERING_FOLLOW_UP, "s2", 2024),
				withdrawn(ofStructure(POST_ENGINEERING_FOLLOW_UP, "s3", 2024)));

		assertThat(count(2024, facts).get("dla.postEngineeringFollowUps")).isEqualTo(2);
	}

	@Test
	void countsEveryWayOfBeingABeneficiaryOfTheYear() {
		List<DlaRow> facts = List.of(ofStructure(DIAGNOSTIC_COMPLETION, "diagnosed", 2024),
				individual("e1", "engineered", 2024), collective("c1", 2024, "collective1", "collective2"),
				ofStructure(POST_ENGINEERING_FOLLOW_UP, "followedUp", 2024));

		assertThat(count(2024, facts).get("dla.beneficiaryStructures")).isEqualTo(5);
	}

	@Test
	void countsABeneficiaryOnceWhateverItReceivedInTheYear() {
		List<DlaRow> facts = List.of(ofStructure(DIAGNOSTIC_COMPLETION, "s1", 2024), individual("e1", "s1", 2024),
				collective("c1", 2024, "s1", "s2"), ofStructure(POST_ENGINEERING_FOLLOW_UP, "s1", 2024));

		assertThat(count(2024, facts).get("dla.beneficiaryStructures")).isEqualTo(2);
	}

	@Test
	void doesNotMakeABeneficiaryOfAStructureOnlyWelcomed() {
		List<DlaRow> facts = List.of(ofStructure(WELCOME, "s1", 2024), ofStructure(WELCOME, "s2", 2024),
				ofStructure(DIAGNOSTIC_COMPLETION, "s2", 2024));

		assertThat(count(2024, facts).get("dla.beneficiaryStructures")).isEqualTo(1);
	}

	@Test
	void doesNotMakeABeneficiaryOfAStructureWhoseOnlyFactOfTheYearIsWithdrawn() {
		List<DlaRow> facts = List.of(withdrawn(ofStructure(POST_ENGINEERING_FOLLOW_UP, "s1", 2024)),
				withdrawn(individual("e1", "s2", 2024)));

		assertThat(count(2024, facts).get("dla.beneficiaryStructures")).isZero();
	}

	@Test
	void countsNothingForTheCompletionOfAnEngineering() {
		List<DlaRow> facts = List.of(new DlaRow(ENGINEERING_COMPLETION, "e1", List.of(), 2024, false));

		assertThat(count(2024, facts).asMap()).allSatisfy((key, value) -> assertThat(value).isZero());
	}

	private static Figures count(int year, List<DlaRow> facts) {
		Figures figures = new Figures();
		DlaCounting.count(year, facts, figures);
		return figures;
	}

	private static DlaRow ofStructure(DlaRow.Kind kind, String structureId, int year) {
		return new DlaRow(kind, null, List.of(structureId), year, false);
	}

	private static DlaRow individual(String engineeringId, String structureId, int year) {
		return new DlaRow(INDIVIDUAL_ENGINEERING, engineeringId, List.of(structureId), year, false);
	}

	private static DlaRow collective(String engineeringId, int year, String... structureIds) {
		return new DlaRow(COLLECTIVE_ENGINEERING, engineeringId, List.of(structureIds), year, false);
	}

	private static DlaRow participation(String engineeringId, String structureId, int year) {
		return new DlaRow(COLLECTIVE_PARTICIPATION, engineeringId, List.of(structureId), year, false);
	}

	private static DlaRow withdrawn(DlaRow fact) {
		return new DlaRow(fact.kind(), fact.engineeringId(), fact.structureIds(), fact.year(), true);
	}

}
