package fr.pes21.contracts.accompaniment;

import java.time.LocalDate;

import fr.pes21.contracts.Withdrawal;

/**
 * An {@link AccompanimentMeetingHeld} was withdrawn; {@code factId} and
 * {@code occurredOn} are those of the withdrawn fact.
 */
public record AccompanimentMeetingWithdrawn(String factId, String projectId, Programme programme,
		LocalDate occurredOn) implements AccompanimentFact, Withdrawal {
}
