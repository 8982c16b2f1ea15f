package fr.pes21.accompaniment.project;

import fr.pes21.contracts.accompaniment.Programme;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Size;

/**
 * The search of {@code GET /api/accompaniment/projects}, bound from the query with
 * {@code @Valid ProjectFilter}: every given criterion must match. Texts match ignoring
 * case and accents, anywhere in the field; several words must each match.
 *
 * @param programme only the projects of this programme
 * @param name words of the project's name
 * @param commune words of the commune
 * @param holder words of a holder's first or last name: personal data, so STAFF and ADMIN
 * only (403 for the other roles)
 */
record ProjectFilter(@Parameter(description = "Only the projects of this programme") Programme programme,
		@Parameter(description = "Words of the project's name (ignoring case and accents)",
				example = "épicerie") @Size(max = 100) String name,
		@Parameter(description = "Words of the commune (ignoring case and accents)",
				example = "Sombernon") @Size(max = 100) String commune,
		@Parameter(
				description = "Words of a holder's first or last name (ignoring case and accents); personal data: STAFF and ADMIN only, 403 for the other roles",
				example = "Durand") @Size(max = 100) String holder) {

	boolean searchesHolders() {
		return hasText(this.holder);
	}

	static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

}
