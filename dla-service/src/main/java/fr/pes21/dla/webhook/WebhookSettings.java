package fr.pes21.dla.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The webhook's settings ({@code pes21.webhooks.*}).
 *
 * @param retrySchedule the delay before each attempt: the first after the fact arrived,
 * each next one after the previous attempt failed; when the last attempt fails the
 * delivery is failed (the Standard Webhooks schedule by default)
 * @param timeout how long a receiver has to answer an attempt
 * @param pollInterval how often due deliveries are looked for (new facts wake the senders
 * at once; this finds the retries that came due)
 * @param concurrency how many deliveries one instance sends at the same time
 * @param maxRetryAfter the longest {@code Retry-After} a receiver can impose
 * @param allowPrivateTargets whether receivers may be on loopback, private, link-local or
 * the service's own network (the {@code local} profile and tests only)
 * @param requireHttps whether receiver URLs must use https (everywhere but the
 * {@code local} profile and tests)
 * @param allowedHosts host names or addresses allowed even when they resolve inside the
 * network
 * @param secretKey base64 AES key (16, 24 or 32 bytes) that encrypts the subscriptions'
 * secrets at rest; when empty they are stored as they are
 */
@ConfigurationProperties("pes21.webhooks")
record WebhookSettings(@DefaultValue( {
		"0s", "5s", "5m", "30m", "2h", "5h", "10h", "14h", "20h", "24h" }) List<Duration> retrySchedule,
		@DefaultValue("15s") Duration timeout, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("16") int concurrency, @DefaultValue("24h") Duration maxRetryAfter,
		@DefaultValue("false") boolean allowPrivateTargets, @DefaultValue("true") boolean requireHttps,
		@DefaultValue Set<String> allowedHosts, String secretKey){

	WebhookSettings {
		if (retrySchedule.isEmpty() || retrySchedule.stream().anyMatch(Duration::isNegative)) {
			throw new IllegalArgumentException("pes21.webhooks.retry-schedule needs at least one delay, none negative");
		}
		if (concurrency < 1 || timeout.isNegative() || timeout.isZero() || !pollInterval.isPositive()) {
			throw new IllegalArgumentException(
					"pes21.webhooks: concurrency must be at least 1, timeout and poll-interval positive");
		}
		retrySchedule = List.copyOf(retrySchedule);
		allowedHosts = Set.copyOf(allowedHosts.stream()
			.map((host) -> host.strip().toLowerCase(Locale.ROOT))
			.filter((host) -> !host.isEmpty())
			.toList());
	}

	/**
	 * How long a claimed delivery stays with its sender: longer than any attempt can
	 * take, so that only a sender that died loses it to another.
	 */
	Duration claimLease() {
		return this.timeout.multipliedBy(2).plusSeconds(30);
	}

}
