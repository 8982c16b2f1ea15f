package fr.pes21.contracts.accompaniment;

import java.time.LocalDate;

/** A post-creation review ("bilan post-création") of the created structure took place. */
public record PostCreationReviewDone(String factId, String projectId, Programme programme,
		LocalDate occurredOn) implements AccompanimentFact {
}
