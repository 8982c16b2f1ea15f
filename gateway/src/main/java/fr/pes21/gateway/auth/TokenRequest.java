package fr.pes21.gateway.auth;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record TokenRequest(@Schema(example = "admin") @NotBlank @Size(max = 64) String username,
		@Schema(example = "choose-a-password", format = "password") @NotBlank @Size(max = 1024) String password) {

	@Override
	public String toString() {
		return "TokenRequest[username=" + this.username + ", password=****]";
	}

}
