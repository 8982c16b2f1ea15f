package fr.pes21.gateway.account;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user's change of their own password. */
record PasswordChange(
		@Schema(format = "password",
				example = "trois-pommes-sur-le-buffet") @NotBlank @Size(max = 1024) String currentPassword,
		@Schema(description = "At least 12 characters, not a common password, not containing the username",
				format = "password",
				example = "quatre-poires-dans-le-panier") @NotBlank @Size(max = 1024) String newPassword) {

	@Override
	public String toString() {
		return "PasswordChange[****]";
	}

}
