package fr.pes21.gateway.limit;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many login attempts that fail are allowed, per account and per address
 * ({@code pes21.login.*}, docs/decisions/0016). Each limit is so many attempts per
 * period; with several, the wider ones take over as failures go on, so the wait grows: a
 * minute, then a quarter of an hour, then an hour.
 *
 * @param perAccount the limits of each account name (existing or not)
 * @param perAddress the limits of each client address
 * @param keptKeys how many account names and addresses are remembered at most
 */
@ConfigurationProperties("pes21.login")
record LoginLimitProperties(List<Limit> perAccount, List<Limit> perAddress, int keptKeys) {

	LoginLimitProperties {
		perAccount = (perAccount != null && !perAccount.isEmpty()) ? List.copyOf(perAccount)
				: List.of(new Limit(5, Duration.ofMinutes(1)), new Limit(10, Duration.ofMinutes(15)),
						new Limit(20, Duration.ofHours(1)));
		perAddress = (perAddress != null && !perAddress.isEmpty()) ? List.copyOf(perAddress)
				: List.of(new Limit(20, Duration.ofMinutes(1)), new Limit(50, Duration.ofMinutes(15)),
						new Limit(100, Duration.ofHours(1)));
		keptKeys = (keptKeys > 0) ? keptKeys : 100_000;
	}

	/**
	 * @param attempts how many
	 * @param per in how long
	 */
	record Limit(int attempts, Duration per) {

	}

}
