package fr.pes21.reporting.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IndicatorLabelsTests {

	@Test
	void labelsEveryKeyOfTheReportAndNothingElse() {
		assertThat(IndicatorLabels.all().keySet()).containsExactlyInAnyOrderElementsOf(Indicator.allKeys());
		assertThat(IndicatorLabels.all().values()).allSatisfy((label) -> assertThat(label).isNotBlank())
			.doesNotHaveDuplicates();
	}

	@Test
	void usesTheWordsOfThePrintedReport() {
		assertThat(IndicatorLabels.of("dla.structuresWelcomed")).isEqualTo("Structures accueillies");
		assertThat(IndicatorLabels.of("accompaniment.projectsAccompanied.BENEFICE_CREA"))
			.isEqualTo("Bénéfice Créa : projets accompagnés");
		assertThat(IndicatorLabels.of("accompaniment.projectsAccompanied.CRDVA")).isEqualTo("Accompagnements (CRDVA)");
		assertThat(IndicatorLabels.of("events.held.CLUB_EVENING")).isEqualTo("Soirées du Club des Entrepreneurs");
		assertThat(IndicatorLabels.of("accompaniment.projectsWelcomed.BENEFICE_CREA"))
			.isEqualTo("Projets accueillis (Bénéfice Créa)");
	}

	@Test
	void refusesAnUnknownKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> IndicatorLabels.of("dla.nothing"));
	}

	@Test
	void quotesAFieldOnlyWhenItMustBe() {
		assertThat(YearlyReportCsv.field("Cours donnés (4 IRTESS, 3 IRTS)"))
			.isEqualTo("Cours donnés (4 IRTESS, 3 IRTS)");
		assertThat(YearlyReportCsv.field("a;b")).isEqualTo("\"a;b\"");
		assertThat(YearlyReportCsv.field("le \"Club\"")).isEqualTo("\"le \"\"Club\"\"\"");
		assertThat(YearlyReportCsv.field("deux\nlignes")).isEqualTo("\"deux\nlignes\"");
	}

}
