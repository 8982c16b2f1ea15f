package fr.pes21.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who did something, and when: the instant from the service's {@link Clock} and the
 * subject of the request's token (a user name, never on Kafka). Aggregates take it for
 * every recording and withdrawal, and keep it in their {@link Recorded} facts (the audit
 * trail, docs/decisions/0019).
 *
 * @param at when it happened
 * @param by who did it: the token's subject, or the name of a job of the service (see
 * {@link #bySystem}); {@code null} only for records made before the audit trail
 */
public record Stamp(Instant at, String by) {

	/** Business dates are days in Europe/Paris (docs/domain.md, "Business date"). */
	public static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Paris");

	/**
	 * Now, by the user of the request being served (the subject of its token).
	 * @throws IllegalStateException outside an authenticated request
	 */
	public static Stamp now(Clock clock) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication.getName() == null) {
			throw new IllegalStateException("Nothing is recorded outside an authenticated request");
		}
		return new Stamp(clock.instant(), authentication.getName());
	}

	/** Now, by a job of the service itself (a retention sweep, for instance). */
	public static Stamp bySystem(Clock clock, String job) {
		return new Stamp(clock.instant(), "system:" + job);
	}

	/** The business day this happened on. */
	public LocalDate day() {
		return dayOf(this.at);
	}

	/** The business day of an instant: its date in Europe/Paris. */
	public static LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, BUSINESS_ZONE);
	}

}
