package fr.pes21.reporting.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The live stream's settings ({@code pes21.reporting.live.*}).
 *
 * @param ringSize the recent changes kept for clients reconnecting with
 * {@code Last-Event-ID}
 * @param heartbeat the longest a stream stays silent: a comment {@code :heartbeat} is
 * sent after that long without an event, so that proxies keep it open (and a stream whose
 * client left is noticed)
 * @param maxStreamsPerUser the streams one user (the token's subject) may have open at
 * once; one more is refused with {@code 429}
 * @param maxStreams the streams the instance serves at once, all users together; one more
 * is refused with {@code 503}
 * @param clientQueue the changes waiting for one client: a client that falls further
 * behind is dropped, and reconnects with {@code Last-Event-ID}
 */
@ConfigurationProperties("pes21.reporting.live")
record LiveSettings(@DefaultValue("10000") int ringSize, @DefaultValue("15s") Duration heartbeat,
		@DefaultValue("10") int maxStreamsPerUser, @DefaultValue("200") int maxStreams,
		@DefaultValue("1000") int clientQueue) {

	LiveSettings {
		if (ringSize < 1 || maxStreamsPerUser < 1 || maxStreams < 1 || clientQueue < 1 || !heartbeat.isPositive()) {
			throw new IllegalArgumentException("pes21.reporting.live: ring-size, max-streams-per-user, max-streams "
					+ "and client-queue must be at least 1, heartbeat positive");
		}
	}

	/**
	 * How long a refused client is asked to wait ({@code Retry-After}, whole seconds, at
	 * least one): two heartbeats, the time it takes to notice the streams whose clients
	 * left without a word.
	 */
	long retryAfterSeconds() {
		return Math.max(1, this.heartbeat.multipliedBy(2).toSeconds());
	}

}
