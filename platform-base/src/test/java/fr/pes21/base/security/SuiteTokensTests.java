package fr.pes21.base.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.pes21.base.startup.StartupRefusal;
import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SuiteTokensTests {

	@Test
	void refusesToStartWithoutASecretOrWithOneShorterThan32Bytes() {
		assertThatExceptionOfType(StartupRefusal.class).isThrownBy(() -> SuiteTokens.signingKey(""))
			.withMessageStartingWith("PES21_JWT_SECRET is not set");
		assertThatExceptionOfType(StartupRefusal.class).isThrownBy(() -> SuiteTokens.signingKey("x".repeat(31)))
			.withMessageStartingWith("PES21_JWT_SECRET is too short: 31 bytes");
		assertThat(SuiteTokens.signingKey("x".repeat(32)).getAlgorithm()).isEqualTo("HmacSHA256");
	}

	@Test
	void givesEachRoleOfTheTokenItsAuthority() {
		Jwt jwt = Jwt.withTokenValue("t")
			.header("alg", "HS256")
			.claims((claims) -> claims.putAll(Map.of("sub", "rita", "roles", List.of("READER", "STAFF"))))
			.issuedAt(Instant.now())
			.build();

		assertThat(SuiteTokens.authorities(jwt)).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_READER", "ROLE_STAFF");
	}

	@Test
	void namesTheRolesFromTheWidestAndThoseThatRecord() {
		assertThat(Role.names()).containsExactly("ADMIN", "STAFF", "VOLUNTEER", "READER");
		assertThat(Role.recordingNames()).containsExactly("ADMIN", "STAFF", "VOLUNTEER");
	}

}
