package fr.pes21.dla.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/dla/webhooks}: where to post the DLA facts.
 *
 * @param url the receiver, https and outside the service's network
 * @param description what the receiver is, for administrators
 */
record NewSubscription(@Schema(description = "https, on a public address",
		example = "https://dla-bfc.example/pes21/facts") @NotBlank @Size(max = 2000) @AcceptableTarget String url,
		@Schema(example = "Réseau régional DLA Bourgogne-Franche-Comté") @Size(max = 500) String description) {

	String strippedUrl() {
		return this.url.strip();
	}

	String strippedDescription() {
		return (this.description == null || this.description.isBlank()) ? null : this.description.strip();
	}

}
