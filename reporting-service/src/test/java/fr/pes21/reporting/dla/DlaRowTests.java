package fr.pes21.reporting.dla;

import java.time.LocalDate;
import java.util.List;

import fr.pes21.contracts.MalformedFact;
import fr.pes21.contracts.dla.CollectiveEngineeringParticipantAdded;
import fr.pes21.contracts.dla.CollectiveEngineeringParticipantWithdrawn;
import fr.pes21.contracts.dla.CollectiveEngineeringStarted;
import fr.pes21.contracts.dla.CollectiveEngineeringWithdrawn;
import fr.pes21.contracts.dla.DiagnosticCompleted;
import fr.pes21.contracts.dla.DiagnosticCompletedV1;
import fr.pes21.contracts.dla.DiagnosticCompletionWithdrawn;
import fr.pes21.contracts.dla.IndividualEngineeringWithdrawn;
import fr.pes21.contracts.dla.PostEngineeringFollowUpHeld;
import fr.pes21.contracts.dla.StructureWelcomed;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DlaRowTests {

	@Test
	void filesAFactInTheYearOfItsBusinessDate() {
		var followUp = new PostEngineeringFollowUpHeld("f1", "s1", date("2024-12-18"));

		assertThat(DlaRow.of(followUp))
			.isEqualTo(new DlaRow(DlaRow.Kind.POST_ENGINEERING_FOLLOW_UP, null, List.of("s1"), 2024, false));
	}

	@Test
	void filesAParticipantAddedLaterInTheEngineeringsStartYear() {
		var added = new CollectiveEngineeringParticipantAdded("p1", "c1", "s3", date("2025-01-13"), date("2024-11-18"));

		assertThat(DlaRow.of(added))
			.isEqualTo(new DlaRow(DlaRow.Kind.COLLECTIVE_PARTICIPATION, "c1", List.of("s3"), 2024, false));
	}

	@Test
	void readsADiagnosticsCompletionOfEitherVersionAsTheSameKindOfFact() {
		var v1 = new DiagnosticCompletedV1("d1", "s1", date("2024-03-12"));
		var v2 = new DiagnosticCompleted("c1", "d1", "s1", date("2024-03-12"));
		var withdrawn = new DiagnosticCompletionWithdrawn("c1", "s1", date("2024-03-12"));

		DlaRow completion = new DlaRow(DlaRow.Kind.DIAGNOSTIC_COMPLETION, null, List.of("s1"), 2024, false);
		assertThat(DlaRow.of(v1)).isEqualTo(completion);
		assertThat(DlaRow.of(v2)).isEqualTo(completion);
		assertThat(DlaRow.of(withdrawn))
			.isEqualTo(new DlaRow(DlaRow.Kind.DIAGNOSTIC_COMPLETION, null, List.of("s1"), 2024, true));
	}

	@Test
	void refusesADiagnosticsCompletionWithoutItsStructureWhateverItsVersion() {
		assertThatExceptionOfType(MalformedFact.class)
			.isThrownBy(() -> DlaRow.of(new DiagnosticCompletedV1("d1", null, date("2024-03-12"))));
		assertThatExceptionOfType(MalformedFact.class)
			.isThrownBy(() -> DlaRow.of(new DiagnosticCompleted("c1", "d1", "", date("2024-03-12"))));
	}

	@Test
	void keepsTheFirstParticipantsOfACollectiveEngineering() {
		var started = new CollectiveEngineeringStarted("c1", "c1", List.of("s1", "s2"), date("2024-06-17"), 4);

		assertThat(DlaRow.of(started))
			.isEqualTo(new DlaRow(DlaRow.Kind.COLLECTIVE_ENGINEERING, "c1", List.of("s1", "s2"), 2024, false));
	}

	@Test
	void describesAWithdrawalAsTheFactItWithdraws() {
		assertThat(DlaRow.of(new IndividualEngineeringWithdrawn("e1", "e1", "s1", date("2024-11-04"))))
			.isEqualTo(new DlaRow(DlaRow.Kind.INDIVIDUAL_ENGINEERING, "e1", List.of("s1"), 2024, true));
		assertThat(DlaRow.of(new CollectiveEngineeringWithdrawn("c1", "c1", date("2024-11-04"))))
			.isEqualTo(new DlaRow(DlaRow.Kind.COLLECTIVE_ENGINEERING, "c1", List.of(), 2024, true));
		assertThat(DlaRow.of(new CollectiveEngineeringParticipantWithdrawn("p1", "c1", "s3", date("2024-04-15"))))
			.isEqualTo(new DlaRow(DlaRow.Kind.COLLECTIVE_PARTICIPATION, "c1", List.of("s3"), 2024, true));
	}

	@Test
	void refusesAFactWithoutItsStructure() {
		assertThatExceptionOfType(MalformedFact.class)
			.isThrownBy(() -> DlaRow.of(new StructureWelcomed("w1", " ", date("2024-03-14"))));
	}

	@Test
	void refusesACollectiveEngineeringWithoutParticipants() {
		assertThatExceptionOfType(MalformedFact.class).isThrownBy(
				() -> DlaRow.of(new CollectiveEngineeringStarted("c1", "c1", List.of(), date("2024-06-17"), 4)));
	}

	@Test
	void refusesAParticipantAddedWithoutTheEngineeringsStartDate() {
		assertThatExceptionOfType(MalformedFact.class).isThrownBy(
				() -> DlaRow.of(new CollectiveEngineeringParticipantAdded("p1", "c1", "s3", date("2025-01-13"), null)));
	}

	private static LocalDate date(String date) {
		return LocalDate.parse(date);
	}

}
