package fr.pes21.gateway.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The OAuth 2 token response shape (RFC 6749 §5.1). */
record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
		@JsonProperty("expires_in") long expiresIn) {

	static TokenResponse bearer(String accessToken, long expiresIn) {
		return new TokenResponse(accessToken, "Bearer", expiresIn);
	}

}
