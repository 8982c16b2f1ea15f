package fr.pes21.gateway.auth;

import fr.pes21.base.startup.StartupRefusal;
import fr.pes21.gateway.GatewayApplication;
import fr.pes21.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupConfigurationTests {

	@Test
	void refusesToStartWithoutAdminPassword() {
		assertThatThrownBy(
				() -> start("--pes21.admin-password=", "--pes21.jwt.secret=" + GatewayIntegrationTest.JWT_SECRET))
			.satisfies(
					(ex) -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex)).isInstanceOf(StartupRefusal.class)
						.hasMessageStartingWith("PES21_ADMIN_PASSWORD is not set"));
	}

	@Test
	void refusesToStartWithAJwtSecretShorterThan32Bytes() {
		assertThatThrownBy(() -> start("--pes21.admin-password=x", "--pes21.jwt.secret=too-short")).satisfies(
				(ex) -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex)).isInstanceOf(StartupRefusal.class)
					.hasMessageStartingWith("PES21_JWT_SECRET is too short"));
	}

	@Test
	void refusesToStartWhileUsersAreStillConfiguredWithTheirPasswords() {
		assertThatThrownBy(() -> start("--pes21.admin-password=" + GatewayIntegrationTest.ADMIN_PASSWORD,
				"--pes21.jwt.secret=" + GatewayIntegrationTest.JWT_SECRET, "--pes21.users[0].username=rita",
				"--pes21.users[0].password={noop}reader-password-for-tests", "--pes21.users[0].roles=READER"))
			.satisfies(
					(ex) -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex)).isInstanceOf(StartupRefusal.class)
						.hasMessageStartingWith("pes21.users (PES21_USERS_<n>_...) is no longer read")
						.hasMessageContaining("{noop}"));
	}

	private static void start(String... args) {
		new SpringApplicationBuilder(GatewayApplication.class).properties("spring.main.banner-mode=off")
			.run(concat(args, "--server.port=0"))
			.close();
	}

	private static String[] concat(String[] args, String extra) {
		String[] all = java.util.Arrays.copyOf(args, args.length + 1);
		all[args.length] = extra;
		return all;
	}

}
