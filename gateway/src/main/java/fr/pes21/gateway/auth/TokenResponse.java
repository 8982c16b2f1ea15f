package fr.pes21.gateway.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** The OAuth 2 token response shape (RFC 6749 §5.1), with its refresh token. */
record TokenResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
		description = "The JWT, sent as `Authorization: Bearer <token>`",
		example = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl") @JsonProperty("access_token") String accessToken,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "Bearer") @JsonProperty("token_type") String tokenType,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Seconds until the access token expires",
				example = "1800") @JsonProperty("expires_in") long expiresIn,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "Opaque; POST it to /auth/refresh for the next token answer (once: the answer holds a "
						+ "new one), or to /auth/logout",
				example = "kq3V0m9o4m6Qd2bq0Jc3l1n8Yw5fXk7hGZtR2cVb1aE") @JsonProperty("refresh_token") String refreshToken,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Seconds until the refresh token expires",
				example = "43200") @JsonProperty("refresh_expires_in") long refreshExpiresIn) {

	@Override
	public String toString() {
		return "TokenResponse[token_type=" + this.tokenType + ", expires_in=" + this.expiresIn + ", ****]";
	}

}
