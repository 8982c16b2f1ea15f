package fr.pes21.reporting.live;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.pes21.reporting.live.LiveFigures.Numbered;
import fr.pes21.reporting.report.Figures;
import fr.pes21.reporting.report.Indicator;
import fr.pes21.reporting.report.IndicatorSource;
import fr.pes21.reporting.report.YearlyReports;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class LiveFiguresTests {

	private static final String WELCOMED = "dla.structuresWelcomed";

	/** The DLA welcomes of each year, as the read model would count them. */
	private final Map<Integer, Long> welcomed = new HashMap<>();

	private LiveFigures live;

	@AfterEach
	void stop() {
		this.live.destroy();
	}

	@Test
	void numbersOnlyTheKeysWhoseValueChanged() {
		this.live = live(10);

		project(2024, 3);
		project(2024, 3);
		project(2024, 5);

		assertThat(this.live.since(0)).containsExactly(change(1, 2024, 3), change(2, 2024, 5));
	}

	@Test
	void givesTheChangesAfterTheLastIdWhileTheRingHoldsThem() {
		this.live = live(2);
		project(2024, 1);
		project(2024, 2);
		project(2024, 3);

		assertThat(this.live.since(1)).containsExactly(change(2, 2024, 2), change(3, 2024, 3));
		assertThat(this.live.since(3)).isEmpty();
	}

	@Test
	void givesEveryIndicatorOfTheYearsChangedSinceWhenTheLastIdLeftTheRing() {
		this.live = live(2);
		project(2023, 7);
		project(2024, 1);
		project(2024, 2);
		project(2024, 3);

		List<Numbered> missed = this.live.since(1);

		assertThat(missed).hasSize(Indicator.allKeys().size())
			.allSatisfy((numbered) -> assertThat(numbered.id()).isEqualTo(4))
			.allSatisfy((numbered) -> assertThat(numbered.change().year()).isEqualTo(2024))
			.contains(change(4, 2024, 3));
		assertThat(this.live.since(0)).hasSize(2 * Indicator.allKeys().size()).contains(change(4, 2023, 7));
	}

	@Test
	void refusesAStreamBeyondTheStreamsOneUserMayHaveButServesAnotherUser() {
		this.live = live(new LiveSettings(10, Duration.ofHours(1), 2, 3, 10));
		this.live.connect("ada", null, null);
		this.live.connect("ada", null, null);

		assertThatExceptionOfType(LiveFigures.Refused.class).isThrownBy(() -> this.live.connect("ada", null, null))
			.satisfies((refused) -> assertThat(refused.forUser()).isTrue());
		this.live.connect("bob", null, null);
		assertThat(this.live.clients()).isEqualTo(3);
	}

	@Test
	void refusesAStreamBeyondTheStreamsTheServiceServesInAll() {
		this.live = live(new LiveSettings(10, Duration.ofHours(1), 2, 3, 10));
		this.live.connect("ada", null, null);
		this.live.connect("bob", null, null);
		this.live.connect("cyd", null, null);

		assertThatExceptionOfType(LiveFigures.Refused.class).isThrownBy(() -> this.live.connect("dan", null, null))
			.satisfies((refused) -> assertThat(refused.forUser()).isFalse());
		assertThat(this.live.clients()).isEqualTo(3);
	}

	@Test
	void endsAStreamWhenItsTokenExpires() {
		this.live = live(10);
		this.live.connect("ada", Instant.now().plusMillis(200), null);
		this.live.connect("bob", Instant.now().plus(Duration.ofHours(1)), null);

		await().atMost(Duration.ofSeconds(30)).until(() -> this.live.clients() == 1);
	}

	private void project(int year, long value) {
		this.live.projecting("dla", Set.of(year));
		this.welcomed.put(year, value);
		this.live.projected("dla", Set.of(year));
	}

	private static Numbered change(long id, int year, long value) {
		return new Numbered(id, new LiveChange(year, WELCOMED, value));
	}

	private LiveFigures live(int ringSize) {
		return live(new LiveSettings(ringSize, Duration.ofHours(1), 10, 200, 1000));
	}

	private LiveFigures live(LiveSettings settings) {
		IndicatorSource source = new IndicatorSource() {

			@Override
			public void count(int year, Figures figures) {
				figures.put(Indicator.DLA_STRUCTURES_WELCOMED, LiveFiguresTests.this.welcomed.getOrDefault(year, 0L));
			}

			@Override
			public Optional<Instant> lastEventAt() {
				return Optional.empty();
			}

		};
		return new LiveFigures(new YearlyReports(List.of(source)), settings, new SimpleMeterRegistry());
	}

}
