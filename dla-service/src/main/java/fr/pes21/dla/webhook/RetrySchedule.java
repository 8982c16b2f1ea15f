package fr.pes21.dla.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * When a delivery is attempted: the first attempt after the first delay of the schedule
 * (immediately by default), each next one after the next delay once the previous failed,
 * or later when the receiver asked so with {@code Retry-After} (in seconds or as an HTTP
 * date, up to a maximum). After the last delay's attempt fails, there is none.
 */
final class RetrySchedule {

	private final List<Duration> delays;

	private final Duration maxRetryAfter;

	RetrySchedule(List<Duration> delays, Duration maxRetryAfter) {
		this.delays = List.copyOf(delays);
		this.maxRetryAfter = maxRetryAfter;
	}

	/** When a new delivery is first due. */
	Instant firstAttempt(Instant arrivedAt) {
		return arrivedAt.plus(this.delays.getFirst());
	}

	/**
	 * When the attempt after the failed one of this step is due, or empty when the
	 * schedule is over.
	 * @param failedStep the schedule step of the failed attempt (0 for the first)
	 * @param failedAt when the failed attempt ended
	 * @param retryAfter the receiver's {@code Retry-After} header, if it sent one
	 */
	Optional<Instant> nextAttempt(int failedStep, Instant failedAt, String retryAfter) {
		if (failedStep + 1 >= this.delays.size()) {
			return Optional.empty();
		}
		Duration delay = this.delays.get(failedStep + 1);
		Duration asked = retryAfter(retryAfter, failedAt).orElse(Duration.ZERO);
		if (asked.compareTo(this.maxRetryAfter) > 0) {
			asked = this.maxRetryAfter;
		}
		return Optional.of(failedAt.plus((asked.compareTo(delay) > 0) ? asked : delay));
	}

	/** The step of the attempt after a failed one. */
	int stepAfter(int failedStep) {
		return failedStep + 1;
	}

	int attempts() {
		return this.delays.size();
	}

	/**
	 * The wait a {@code Retry-After} value asks for: delta-seconds or an HTTP date (RFC
	 * 9110); empty when absent or unreadable.
	 */
	static Optional<Duration> retryAfter(String value, Instant now) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String text = value.strip();
		if (text.chars().allMatch(Character::isDigit)) {
			try {
				return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
			}
			catch (NumberFormatException ex) {
				// more seconds than a long holds: as good as forever
				return Optional.of(Duration.ofSeconds(Long.MAX_VALUE));
			}
		}
		try {
			Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
