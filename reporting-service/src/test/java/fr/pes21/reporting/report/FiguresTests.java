package fr.pes21.reporting.report;

import fr.pes21.contracts.accompaniment.Programme;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FiguresTests {

	@Test
	void holdsEveryKeyAtZeroBeforeAnythingIsCounted() {
		Figures figures = new Figures();

		assertThat(figures.asMap()).containsOnlyKeys(Indicator.allKeys())
			.allSatisfy((key, value) -> assertThat(value).isZero());
	}

	@Test
	void listsTheIndicatorsInDomainOrderWithTheSegmentsThenTheTotal() {
		assertThat(new Figures().asMap().keySet()).containsExactly("dla.structuresWelcomed",
				"dla.beneficiaryStructures", "dla.individualDiagnostics", "dla.individualEngineerings",
				"dla.collectiveEngineerings", "dla.collectiveEngineeringBeneficiaries", "dla.postEngineeringFollowUps",
				"accompaniment.projectsWelcomed.BENEFICE_CREA", "accompaniment.projectsWelcomed.CRDVA",
				"accompaniment.projectsWelcomed.EMERGENCE", "accompaniment.projectsWelcomed.OTHER",
				"accompaniment.projectsWelcomed.total", "accompaniment.projectsAccompanied.BENEFICE_CREA",
				"accompaniment.projectsAccompanied.CRDVA", "accompaniment.projectsAccompanied.EMERGENCE",
				"accompaniment.projectsAccompanied.OTHER", "accompaniment.projectsAccompanied.total",
				"accompaniment.structuresCreated.BENEFICE_CREA", "accompaniment.structuresCreated.CRDVA",
				"accompaniment.structuresCreated.EMERGENCE", "accompaniment.structuresCreated.OTHER",
				"accompaniment.structuresCreated.total", "accompaniment.jobsCreated.BENEFICE_CREA",
				"accompaniment.jobsCreated.CRDVA", "accompaniment.jobsCreated.EMERGENCE",
				"accompaniment.jobsCreated.OTHER", "accompaniment.jobsCreated.total",
				"accompaniment.postCreationReviews.BENEFICE_CREA", "accompaniment.postCreationReviews.CRDVA",
				"accompaniment.postCreationReviews.EMERGENCE", "accompaniment.postCreationReviews.OTHER",
				"accompaniment.postCreationReviews.total", "territory.territoriesAccompanied",
				"territory.initiativesLaunched", "territory.steeringMeetings", "territory.jobsCreated",
				"events.held.CLUB_EVENING", "events.held.EXPERT_TALK", "events.held.CFGA_WORKSHOP",
				"events.held.COURSE", "events.held.PITCH_CONTEST", "events.held.CONFERENCE", "events.held.WORKSHOP",
				"events.held.WEBINAR", "events.held.OTHER", "events.held.total", "events.participants");
	}

	@Test
	void keepsTheTotalTheSumOfTheSegments() {
		Figures figures = new Figures();

		figures.put(Indicator.ACCOMPANIMENT_PROJECTS_ACCOMPANIED, Programme.BENEFICE_CREA, 24);
		figures.put(Indicator.ACCOMPANIMENT_PROJECTS_ACCOMPANIED, Programme.CRDVA, 20);
		figures.put(Indicator.ACCOMPANIMENT_PROJECTS_ACCOMPANIED, Programme.CRDVA, 19);

		assertThat(figures.get("accompaniment.projectsAccompanied.total")).isEqualTo(43);
	}

	@Test
	void refusesASegmentForAnIndicatorWithoutBreakdown() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Figures().put(Indicator.DLA_STRUCTURES_WELCOMED, Programme.CRDVA, 1));
	}

	@Test
	void refusesAKeyThatIsNotAnIndicator() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Figures().get("accompaniment.nothing.total"));
	}

}
