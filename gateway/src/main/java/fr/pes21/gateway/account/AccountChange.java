package fr.pes21.gateway.account;

import java.util.Set;

import fr.pes21.base.security.Role;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an ADMIN changes in an account; only the members given change.
 *
 * @param displayName a new display name
 * @param roles the roles it now has (replaces them all)
 * @param enabled {@code false} disables it (its refresh tokens stop working at once),
 * {@code true} enables it again
 * @param password a new password (a reset: its refresh tokens stop working)
 */
record AccountChange(@Schema(nullable = true, example = "Marie Dupont") @Size(min = 1, max = 100) String displayName,
		@ArraySchema(arraySchema = @Schema(nullable = true, example = "[\"STAFF\"]"), uniqueItems = true) @Size(min = 1,
				max = 4) Set<@NotNull Role> roles,
		@Schema(nullable = true, example = "false") Boolean enabled, @Schema(nullable = true, format = "password",
				example = "une-autre-phrase-de-passe") @Size(min = 1, max = 1024) String password) {

	@AssertTrue(message = "give at least one of displayName, roles, enabled, password")
	@Schema(hidden = true)
	boolean isSomethingToChange() {
		return this.displayName != null || this.roles != null || this.enabled != null || this.password != null;
	}

	@Override
	public String toString() {
		return "AccountChange[displayName=" + this.displayName + ", roles=" + this.roles + ", enabled=" + this.enabled
				+ ", password=" + ((this.password != null) ? "****" : null) + "]";
	}

}
