package fr.pes21.localstack;

import java.time.Duration;

/**
 * How the supervisor restarts a process that died: after {@code firstDelay}, doubling at
 * each death up to {@code maxDelay}; a process that dies more than {@code maxRestarts}
 * times within {@code window} is given up on, and the whole stack stops (its launcher
 * exits with 1: under systemd, the unit is restarted).
 *
 * @param firstDelay the wait before the first restart
 * @param maxDelay the longest wait
 * @param maxRestarts restarts allowed within the window
 * @param window how far back deaths count
 */
public record RestartPolicy(Duration firstDelay, Duration maxDelay, int maxRestarts, Duration window) {

	/** 1 s, 2 s, 4 s... up to 30 s; at most 5 restarts of a process within 10 minutes. */
	public static final RestartPolicy DEFAULT = new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 5,
			Duration.ofMinutes(10));

	public RestartPolicy {
		if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || maxRestarts < 0) {
			throw new IllegalArgumentException("Invalid restart policy");
		}
	}

	/** The wait before restart number {@code restart} (1 for the first) of a window. */
	Duration delayBefore(int restart) {
		Duration delay = this.firstDelay;
		for (int i = 1; i < restart && delay.compareTo(this.maxDelay) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(this.maxDelay) > 0) ? this.maxDelay : delay;
	}

}
