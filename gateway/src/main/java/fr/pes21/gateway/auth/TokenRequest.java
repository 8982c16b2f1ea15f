package fr.pes21.gateway.auth;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

record TokenRequest(@Schema(example = "admin") @NotBlank String username,
		@Schema(example = "choose-a-password", format = "password") @NotBlank String password) {

	@Override
	public String toString() {
		return "TokenRequest[username=" + this.username + ", password=****]";
	}

}
