package fr.pes21.platform.idempotency;

import java.time.Duration;

/**
 * How long a request may hold its Idempotency-Key before a retry may take it over
 * ({@code pes21.idempotency.in-progress-limit}, default 30 s: the gateway's response
 * timeout, after which its client was told 504 anyway), how long an answer is kept for
 * repeats ({@code pes21.idempotency.retention}, default 30 days), and how often the
 * sweeper settles what a crash left unsettled ({@code pes21.idempotency.sweep-interval},
 * default 5 s).
 *
 * @param inProgressLimit how long a running request keeps its key to itself
 * @param retention how long a key and its answer are kept after the request
 */
record IdempotencySettings(Duration inProgressLimit, Duration retention) {

	IdempotencySettings {
		if (inProgressLimit.isNegative() || inProgressLimit.isZero() || retention.compareTo(inProgressLimit) <= 0) {
			throw new IllegalArgumentException("pes21.idempotency.in-progress-limit must be positive and shorter "
					+ "than pes21.idempotency.retention");
		}
	}

}
