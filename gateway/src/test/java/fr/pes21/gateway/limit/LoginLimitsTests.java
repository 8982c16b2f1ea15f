package fr.pes21.gateway.limit;

import java.time.Duration;

import fr.pes21.gateway.problem.ProblemException;
import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LoginLimitsTests {

	private final ManualTime time = new ManualTime();

	private final LoginLimits limits = new LoginLimits(new LoginLimitProperties(null, null, 0), this.time);

	@Test
	void refusesAnAccountsSixthFailureWithinAMinuteUntilTheMinuteIsOver() {
		fail(5, "marie", "203.0.113.1");

		ProblemException refusal = refused("marie", "203.0.113.2");

		assertThat(refusal.getStatusCode().value()).isEqualTo(429);
		assertThat(refusal.kind()).isEqualTo("too-many-requests");
		assertThat(retryAfter(refusal)).isBetween(1L, 60L);
		this.time.advance(Duration.ofSeconds(retryAfter(refusal)));
		assertThat(this.limits.attempt("marie", "203.0.113.2").block()).isNotNull();
	}

	@Test
	void makesTheWaitGrowAsFailuresGoOn() {
		fail(5, "marie", "203.0.113.1");
		long first = retryAfter(refused("marie", "203.0.113.1"));
		this.time.advance(Duration.ofMinutes(1));
		fail(5, "marie", "203.0.113.1");
		long second = retryAfter(refused("marie", "203.0.113.1"));
		this.time.advance(Duration.ofMinutes(15));
		fail(5, "marie", "203.0.113.1");
		this.time.advance(Duration.ofMinutes(1));
		fail(5, "marie", "203.0.113.1");
		long third = retryAfter(refused("marie", "203.0.113.1"));

		assertThat(first).isLessThanOrEqualTo(60);
		assertThat(second).isGreaterThan(60).isLessThanOrEqualTo(15 * 60);
		assertThat(third).isGreaterThan(15 * 60).isLessThanOrEqualTo(60 * 60);
	}

	@Test
	void limitsTheFailuresOfOneAddressWhateverTheAccounts() {
		for (int i = 0; i < 20; i++) {
			fail(1, "account-" + i, "203.0.113.9");
		}

		assertThat(retryAfter(refused("account-20", "203.0.113.9"))).isBetween(1L, 60L);
		assertThat(this.limits.attempt("account-20", "198.51.100.4").block()).isNotNull();
	}

	@Test
	void forgetsAnAccountsFailuresOnceItsPasswordIsGiven() {
		fail(4, "marie", "203.0.113.1");
		this.limits.attempt("marie", "203.0.113.1").block().succeeded();

		fail(5, "marie", "203.0.113.1");

		assertThat(retryAfter(refused("marie", "203.0.113.1"))).isPositive();
	}

	@Test
	void refusesWithoutCountingWhenAnAccountIsLockedSoTheAddressKeepsItsAttempts() {
		fail(5, "marie", "203.0.113.1");
		for (int i = 0; i < 30; i++) {
			refused("marie", "203.0.113.1");
		}

		assertThat(this.limits.attempt("someone-else", "203.0.113.1").block()).isNotNull();
	}

	private void fail(int times, String account, String address) {
		for (int i = 0; i < times; i++) {
			this.limits.attempt(account, address).block().failed();
		}
	}

	private ProblemException refused(String account, String address) {
		return catchThrowableOfType(ProblemException.class, () -> this.limits.attempt(account, address).block());
	}

	private static long retryAfter(ProblemException refusal) {
		return Long.parseLong(refusal.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
	}

	/** Bucket4j's clock, moved by the test. */
	static final class ManualTime implements TimeMeter {

		private long nanos = Duration.ofDays(1).toNanos();

		void advance(Duration duration) {
			this.nanos += duration.toNanos();
		}

		@Override
		public long currentTimeNanos() {
			return this.nanos;
		}

		@Override
		public boolean isWallClockBased() {
			return false;
		}

	}

}
