package fr.pes21.dla.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTests {

	/**
	 * The Standard Webhooks schedule, the default of
	 * {@code pes21.webhooks.retry-schedule}.
	 */
	private static final List<Duration> STANDARD = List.of(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5),
			Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
			Duration.ofHours(14), Duration.ofHours(20), Duration.ofHours(24));

	private static final Instant NOW = Instant.parse("2024-10-21T07:00:00Z");

	private final RetrySchedule schedule = new RetrySchedule(STANDARD, Duration.ofHours(24));

	@Test
	void attemptsANewDeliveryAtOnce() {
		assertThat(this.schedule.firstAttempt(NOW)).isEqualTo(NOW);
	}

	@Test
	void retriesOnTheStandardWebhooksScheduleThenGivesUp() {
		assertThat(this.schedule.nextAttempt(0, NOW, null)).contains(NOW.plusSeconds(5));
		assertThat(this.schedule.nextAttempt(1, NOW, null)).contains(NOW.plus(Duration.ofMinutes(5)));
		assertThat(this.schedule.nextAttempt(2, NOW, null)).contains(NOW.plus(Duration.ofMinutes(30)));
		assertThat(this.schedule.nextAttempt(8, NOW, null)).contains(NOW.plus(Duration.ofHours(24)));
		assertThat(this.schedule.nextAttempt(9, NOW, null)).isEmpty();
		assertThat(this.schedule.attempts()).isEqualTo(10);
	}

	@Test
	void waitsAsLongAsARetryAfterInSecondsAsks() {
		assertThat(this.schedule.nextAttempt(0, NOW, "120")).contains(NOW.plusSeconds(120));
	}

	@Test
	void waitsUntilTheDateARetryAfterGives() {
		assertThat(this.schedule.nextAttempt(0, NOW, "Mon, 21 Oct 2024 07:28:00 GMT"))
			.contains(Instant.parse("2024-10-21T07:28:00Z"));
	}

	@Test
	void keepsTheScheduleWhenRetryAfterAsksForLess() {
		assertThat(this.schedule.nextAttempt(2, NOW, "10")).contains(NOW.plus(Duration.ofMinutes(30)));
		assertThat(this.schedule.nextAttempt(0, NOW, "Mon, 21 Oct 2024 06:00:00 GMT")).contains(NOW.plusSeconds(5));
	}

	@Test
	void waitsNoLongerThanTheMaximumWhateverRetryAfterAsks() {
		assertThat(this.schedule.nextAttempt(0, NOW, "99999999999999999999999"))
			.contains(NOW.plus(Duration.ofHours(24)));
	}

	@Test
	void ignoresAnUnreadableRetryAfter() {
		assertThat(this.schedule.nextAttempt(0, NOW, "soon")).contains(NOW.plusSeconds(5));
		assertThat(this.schedule.nextAttempt(0, NOW, "-5")).contains(NOW.plusSeconds(5));
	}

	@Test
	void retryAfterDoesNotExtendTheSchedule() {
		assertThat(this.schedule.nextAttempt(9, NOW, "60")).isEmpty();
	}

}
