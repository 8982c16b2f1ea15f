package fr.pes21.contracts.accompaniment;

import java.time.LocalDate;

import fr.pes21.contracts.Withdrawal;

/**
 * A {@link PostCreationReviewDone} was withdrawn; {@code factId} and {@code occurredOn}
 * are those of the withdrawn fact.
 */
public record PostCreationReviewWithdrawn(String factId, String projectId, Programme programme,
		LocalDate occurredOn) implements AccompanimentFact, Withdrawal {
}
