package fr.pes21.gateway.account;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/** The caller's own account, for the web application's header and menus. */
record OwnAccount(@Schema(requiredMode = RequiredMode.REQUIRED, example = "marie.dupont") String username,
		@Schema(requiredMode = RequiredMode.REQUIRED, example = "Marie Dupont") String displayName,
		@ArraySchema(arraySchema = @Schema(requiredMode = RequiredMode.REQUIRED, example = "[\"VOLUNTEER\"]"),
				schema = @Schema(allowableValues = {
						"ADMIN", "STAFF", "VOLUNTEER", "READER" })) List<String> roles){

	static OwnAccount of(Account account) {
		return new OwnAccount(account.username(), account.displayName(),
				account.roles().stream().map(Enum::name).toList());
	}

}
