package fr.pes21.gateway.auth;

import jakarta.validation.constraints.NotBlank;

record TokenRequest(@NotBlank String username, @NotBlank String password) {

	@Override
	public String toString() {
		return "TokenRequest[username=" + this.username + ", password=****]";
	}

}
