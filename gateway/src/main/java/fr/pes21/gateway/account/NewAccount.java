package fr.pes21.gateway.account;

import java.util.Set;

import fr.pes21.base.security.Role;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An account to open: its first password is given to its holder, who changes it. */
record NewAccount(
		@Schema(description = "Lower case: letters, digits, dots, dashes, underscores (2 to 64)",
				example = "marie.dupont") @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{1,63}",
						message = "must be 2 to 64 letters, digits, dots, dashes or underscores") String username,
		@Schema(example = "Marie Dupont") @NotBlank @Size(max = 100) String displayName,
		@ArraySchema(arraySchema = @Schema(description = "At least one of ADMIN, STAFF, VOLUNTEER, READER",
				example = "[\"VOLUNTEER\"]"), uniqueItems = true) @NotEmpty Set<@NotNull Role> roles,
		@Schema(description = "At least 12 characters, not a common password, not containing the username",
				example = "trois-pommes-sur-le-buffet",
				format = "password") @NotBlank @Size(max = 1024) String password) {

	@Override
	public String toString() {
		return "NewAccount[username=" + this.username + ", roles=" + this.roles + ", password=****]";
	}

}
