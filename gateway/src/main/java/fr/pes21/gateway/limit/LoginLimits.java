package fr.pes21.gateway.limit;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.pes21.base.problem.ProblemTypes;
import fr.pes21.gateway.problem.ProblemException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Limits password checks per account name and per client address with Bucket4j token
 * buckets (docs/decisions/0016): each check takes a token from both buckets, a success
 * gives them back, a failure keeps them taken. An empty bucket refuses the check with
 * {@code 429} and {@code Retry-After}, before any password is read, whether the account
 * exists or not. Buckets live in this instance's memory.
 */
@Component
public class LoginLimits {

	private final Cache<String, Bucket> accounts;

	private final Cache<String, Bucket> addresses;

	private final Supplier<Bucket> accountBucket;

	private final Supplier<Bucket> addressBucket;

	@Autowired
	LoginLimits(LoginLimitProperties properties) {
		this(properties, TimeMeter.SYSTEM_MILLISECONDS);
	}

	LoginLimits(LoginLimitProperties properties, TimeMeter time) {
		this.accounts = cache(properties.keptKeys(), properties.perAccount());
		this.addresses = cache(properties.keptKeys(), properties.perAddress());
		this.accountBucket = () -> bucket(properties.perAccount(), time);
		this.addressBucket = () -> bucket(properties.perAddress(), time);
	}

	/**
	 * A password check for {@code account} from {@code address}, if their limits allow
	 * one; else a {@code 429} problem saying when to try again.
	 */
	public Mono<Attempt> attempt(String account, String address) {
		return Mono.fromCallable(() -> {
			Bucket byAddress = this.addresses.get(address, (key) -> this.addressBucket.get());
			Bucket byAccount = this.accounts.get(account, (key) -> this.accountBucket.get());
			ConsumptionProbe fromAddress = byAddress.tryConsumeAndReturnRemaining(1);
			if (!fromAddress.isConsumed()) {
				throw tooMany(fromAddress.getNanosToWaitForRefill());
			}
			ConsumptionProbe fromAccount = byAccount.tryConsumeAndReturnRemaining(1);
			if (!fromAccount.isConsumed()) {
				byAddress.addTokens(1);
				throw tooMany(fromAccount.getNanosToWaitForRefill());
			}
			return new Attempt(byAccount, byAddress);
		});
	}

	private static ProblemException tooMany(long nanosToWait) {
		long seconds = Math.max(1, (nanosToWait + 999_999_999L) / 1_000_000_000L);
		return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS,
				"Too many failed attempts: try again in " + seconds + " s.")
			.withHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
	}

	private static Cache<String, Bucket> cache(int size, List<LoginLimitProperties.Limit> limits) {
		Duration longest = limits.stream().map(LoginLimitProperties.Limit::per).max(Duration::compareTo).orElseThrow();
		// A bucket untouched for its longest period is full again: forgetting it changes
		// nothing.
		return Caffeine.newBuilder().maximumSize(size).expireAfterAccess(longest).build();
	}

	private static Bucket bucket(List<LoginLimitProperties.Limit> limits, TimeMeter time) {
		var builder = Bucket.builder().withCustomTimePrecision(time);
		for (LoginLimitProperties.Limit limit : limits) {
			builder.addLimit((bandwidth) -> bandwidth.capacity(limit.attempts())
				.refillIntervally(limit.attempts(), limit.per()));
		}
		return builder.build();
	}

	/** A password check the limits allowed: say how it went. */
	public static final class Attempt {

		private final Bucket account;

		private final Bucket address;

		private Attempt(Bucket account, Bucket address) {
			this.account = account;
			this.address = address;
		}

		/**
		 * The right password: the account's failures are forgotten, the address's check
		 * given back.
		 */
		public void succeeded() {
			this.account.reset();
			this.address.addTokens(1);
		}

		/** A wrong password (or no such account): it counts. */
		public void failed() {
		}

	}

}
