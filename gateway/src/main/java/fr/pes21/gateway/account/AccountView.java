package fr.pes21.gateway.account;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/** An account as an ADMIN sees it; never its password. */
@Schema(name = "Account")
record AccountView(@Schema(requiredMode = RequiredMode.REQUIRED, example = "marie.dupont") String username,
		@Schema(requiredMode = RequiredMode.REQUIRED, example = "Marie Dupont") String displayName,
		@ArraySchema(arraySchema = @Schema(requiredMode = RequiredMode.REQUIRED, example = "[\"VOLUNTEER\"]"),
				schema = @Schema(allowableValues = {
						"ADMIN", "STAFF", "VOLUNTEER", "READER" })) List<String> roles,
		@Schema(requiredMode = RequiredMode.REQUIRED, description = "A disabled account cannot log in",
				example = "true") boolean enabled,
		@Schema(requiredMode = RequiredMode.REQUIRED, example = "2026-01-12T09:30:00Z") Instant createdAt,
		@Schema(description = "Absent until the first login",
				example = "2026-01-13T08:02:11Z") @JsonInclude(JsonInclude.Include.NON_NULL) Instant lastLoginAt){

	static AccountView of(Account account) {
		return new AccountView(account.username(), account.displayName(),
				account.roles().stream().map(Enum::name).toList(), account.enabled(), account.createdAt(),
				account.lastLoginAt());
	}

}
