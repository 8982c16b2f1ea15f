package fr.pes21.gateway.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A refresh token given back: to get the next one, or to log out. */
record RefreshRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
		description = "The refresh_token of the latest token answer",
		example = "kq3V0m9o4m6Qd2bq0Jc3l1n8Yw5fXk7hGZtR2cVb1aE") @JsonProperty("refresh_token") @NotBlank @Size(
				max = 256) String refreshToken) {

	@Override
	public String toString() {
		return "RefreshRequest[****]";
	}

}
