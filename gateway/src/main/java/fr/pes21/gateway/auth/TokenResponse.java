package fr.pes21.gateway.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** The OAuth 2 token response shape (RFC 6749 §5.1). */
record TokenResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
		description = "The JWT, sent as `Authorization: Bearer <token>`",
		example = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl") @JsonProperty("access_token") String accessToken,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "Bearer") @JsonProperty("token_type") String tokenType,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Seconds until it expires",
				example = "28800") @JsonProperty("expires_in") long expiresIn) {

	static TokenResponse bearer(String accessToken, long expiresIn) {
		return new TokenResponse(accessToken, "Bearer", expiresIn);
	}

}
