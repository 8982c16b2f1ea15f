package fr.pes21.gateway.account;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of the accounts, in the shape of every list of the API. */
@Schema(description = "One page of the accounts, by username: `?page=0&size=50` (size 1 to 200).")
record AccountPage(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "The accounts of this page") List<AccountView> items,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Zero-based page number",
				example = "0") int page,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Items per page", example = "50") int size,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "How many accounts there are",
				example = "36") long total) {

}
