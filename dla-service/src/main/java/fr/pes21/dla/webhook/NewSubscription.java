package fr.pes21.dla.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/dla/webhooks}: where to post the DLA facts.
 *
 * @param url the receiver, https and outside the service's network
 * @param description what the receiver is, for administrators
 */
record NewSubscription(@NotBlank @Size(max = 2000) @AcceptableTarget String url, @Size(max = 500) String description) {

	String strippedUrl() {
		return this.url.strip();
	}

	String strippedDescription() {
		return (this.description == null || this.description.isBlank()) ? null : this.description.strip();
	}

}
