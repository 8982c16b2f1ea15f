package fr.pes21.reporting.accompaniment;

import java.time.LocalDate;
import java.util.List;

import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.reporting.report.Figures;
import org.junit.jupiter.api.Test;

import static fr.pes21.reporting.accompaniment.AccompanimentRow.Kind.MEETING;
import static fr.pes21.reporting.accompaniment.AccompanimentRow.Kind.POST_CREATION_REVIEW;
import static fr.pes21.reporting.accompaniment.AccompanimentRow.Kind.STRUCTURE_CREATION;
import static fr.pes21.reporting.accompaniment.AccompanimentRow.Kind.WELCOME;
import static fr.pes21.contracts.accompaniment.Programme.BENEFICE_CREA;
import static fr.pes21.contracts.accompaniment.Programme.CRDVA;
import static fr.pes21.contracts.accompaniment.Programme.EMERGENCE;
import static org.assertj.core.api.Assertions.assertThat;

class AccompanimentCountingTests {

	@Test
	void countsAProjectOnceWhenItHadTwoMeetingsInTheYear() {
		List<AccompanimentRow> facts = List.of(fact(MEETING, "p1", CRDVA, "2024-03-05"),
				fact(MEETING, "p1", CRDVA, "2024-04-10"));

		Figures figures = count(2024, facts);

		assertThat(figures.get("accompaniment.projectsAccompanied.CRDVA")).isEqualTo(1);
		assertThat(figures.get("accompaniment.projectsAccompanied.total")).isEqualTo(1);
	}

	@Test
	void countsAMeetingInTheYearOfItsBusinessDate() {
		// Held on 18 December 2024; when it was recorded (January 2025) is not an input
		// of the rules at all.
		List<AccompanimentRow> facts = List.of(fact(MEETING, "p1", BENEFICE_CREA, "2024-12-18"));

		assertThat(count(2024, facts).get("accompaniment.projectsAccompanied.BENEFICE_CREA")).isEqualTo(1);
		assertThat(count(2025, facts).get("accompaniment.projectsAccompanied.BENEFICE_CREA")).isZero();
	}

	@Test
	void stopsCountingAWithdrawnMeeting() {
		List<AccompanimentRow> facts = List.of(withdrawn(fact(MEETING, "p1", CRDVA, "2024-06-03")),
				fact(MEETING, "p2", CRDVA, "2024-06-04"));

		Figures figures = count(2024, facts);

		assertThat(figures.get("accompaniment.projectsAccompanied.CRDVA")).isEqualTo(1);
	}

	@Test
	void keepsCountingAProjectWhoseOtherMeetingIsWithdrawn() {
		List<AccompanimentRow> facts = List.of(withdrawn(fact(MEETING, "p1", CRDVA, "2024-06-03")),
				fact(MEETING, "p1", CRDVA, "2024-09-12"));

		assertThat(count(2024, facts).get("accompaniment.projectsAccompanied.CRDVA")).isEqualTo(1);
	}

	@Test
	void countsPerProgrammeAndInTotal() {
		List<AccompanimentRow> facts = List.of(fact(WELCOME, "p1", BENEFICE_CREA, "2024-02-12"),
				fact(WELCOME, "p2", BENEFICE_CREA, "2024-03-01"), fact(WELCOME, "p3", CRDVA, "2024-05-14"),
				fact(WELCOME, "p4", EMERGENCE, "2024-01-09"));

		Figures figures = count(2024, facts);

		assertThat(figures.get("accompaniment.projectsWelcomed.BENEFICE_CREA")).isEqualTo(2);
		assertThat(figures.get("accompaniment.projectsWelcomed.CRDVA")).isEqualTo(1);
		assertThat(figures.get("accompaniment.projectsWelcomed.EMERGENCE")).isEqualTo(1);
		assertThat(figures.get("accompaniment.projectsWelcomed.OTHER")).isZero();
		assertThat(figures.get("accompaniment.projectsWelcomed.total")).isEqualTo(4);
	}

	@Test
	void sumsTheJobsOfTheStructuresCreatedInTheYear() {
		List<AccompanimentRow> facts = List.of(creation("p1", BENEFICE_CREA, "2024-09-02", 2),
				creation("p2", BENEFICE_CREA, "2024-10-20", 1), creation("p3", CRDVA, "2024-11-15", 3),
				creation("p4", CRDVA, "2023-12-30", 5), withdrawn(creation("p5", CRDVA, "2024-04-02", 4)));

		Figures figures = count(2024, facts);

		assertThat(figures.get("accompaniment.jobsCreated.BENEFICE_CREA")).isEqualTo(3);
		assertThat(figures.get("accompaniment.jobsCreated.CRDVA")).isEqualTo(3);
		assertThat(figures.get("accompaniment.jobsCreated.total")).isEqualTo(6);
		assertThat(figures.get("accompaniment.structuresCreated.total")).isEqualTo(3);
	}

	@Test
	void countsDistinctProjectsWithAPostCreationReview() {
		List<AccompanimentRow> facts = List.of(fact(POST_CREATION_REVIEW, "p1", EMERGENCE, "2024-03-01"),
				fact(POST_CREATION_REVIEW, "p1", EMERGENCE, "2024-10-01"));

		assertThat(count(2024, facts).get("accompaniment.postCreationReviews.EMERGENCE")).isEqualTo(1);
	}

	@Test
	void doesNotCountAFactOfAnotherKind() {
		List<AccompanimentRow> facts = List.of(fact(WELCOME, "p1", CRDVA, "2024-02-12"),
				fact(STRUCTURE_CREATION, "p2", CRDVA, "2024-02-12"));

		Figures figures = count(2024, facts);

		assertThat(figures.get("accompaniment.projectsWelcomed.CRDVA")).isEqualTo(1);
		assertThat(figures.get("accompaniment.projectsAccompanied.CRDVA")).isZero();
		assertThat(figures.get("accompaniment.postCreationReviews.CRDVA")).isZero();
	}

	private static Figures count(int year, List<AccompanimentRow> facts) {
		Figures figures = new Figures();
		AccompanimentCounting.count(year, facts, figures);
		return figures;
	}

	private static AccompanimentRow fact(AccompanimentRow.Kind kind, String projectId, Programme programme,
			String date) {
		return new AccompanimentRow(kind, projectId, programme, LocalDate.parse(date), 0, false);
	}

	private static AccompanimentRow creation(String projectId, Programme programme, String date, int jobs) {
		return new AccompanimentRow(STRUCTURE_CREATION, projectId, programme, LocalDate.parse(date), jobs, false);
	}

	private static AccompanimentRow withdrawn(AccompanimentRow fact) {
		return new AccompanimentRow(fact.kind(), fact.projectId(), fact.programme(), fact.occurredOn(),
				fact.jobsCreated(), true);
	}

}
