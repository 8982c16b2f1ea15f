package fr.pes21.reporting.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.pes21.contracts.accompaniment.Programme;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class YearlyReportsTests {

	@Test
	void answersEveryKeyAndNoLastEventWhenNothingWasConsumed() {
		YearlyReports reports = new YearlyReports(List.of(source(0, null)));

		YearlyReport report = reports.of(2024);

		assertThat(report.year()).isEqualTo(2024);
		assertThat(report.indicators()).containsOnlyKeys(Indicator.allKeys());
		assertThat(report.lastEventAt()).isNull();
	}

	@Test
	void takesTheFiguresOfEverySourceAndTheLatestEventOfAll() {
		Instant earlier = Instant.parse("2024-05-01T10:00:00Z");
		Instant later = Instant.parse("2025-01-06T08:30:00Z");
		YearlyReports reports = new YearlyReports(List.of(source(24, earlier), source(0, later)));

		YearlyReport report = reports.of(2024);

		assertThat(report.indicators()).containsEntry("accompaniment.projectsAccompanied.BENEFICE_CREA", 24L);
		assertThat(report.lastEventAt()).isEqualTo(later);
	}

	private static IndicatorSource source(long projectsAccompanied, Instant lastEventAt) {
		return new IndicatorSource() {

			@Override
			public void count(int year, Figures figures) {
				if (projectsAccompanied > 0) {
					figures.put(Indicator.ACCOMPANIMENT_PROJECTS_ACCOMPANIED, Programme.BENEFICE_CREA,
							projectsAccompanied);
				}
			}

			@Override
			public Optional<Instant> lastEventAt() {
				return Optional.ofNullable(lastEventAt);
			}

		};
	}

}
