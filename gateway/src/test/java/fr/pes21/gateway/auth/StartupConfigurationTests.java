package fr.pes21.gateway.auth;

import fr.pes21.gateway.GatewayApplication;
import fr.pes21.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupConfigurationTests {

	@Test
	void refusesToStartWithoutAdminPassword() {
		assertThatThrownBy(
				() -> start("--pes21.admin-password=", "--pes21.jwt.secret=" + GatewayIntegrationTest.JWT_SECRET))
			.satisfies((ex) -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex))
				.isInstanceOf(GatewayConfigurationException.class)
				.hasMessageStartingWith("PES21_ADMIN_PASSWORD is not set"));
	}

	@Test
	void refusesToStartWithAJwtSecretShorterThan32Bytes() {
		assertThatThrownBy(() -> start("--pes21.admin-password=x", "--pes21.jwt.secret=too-short"))
			.satisfies((ex) -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex))
				.isInstanceOf(GatewayConfigurationException.class)
				.hasMessageStartingWith("PES21_JWT_SECRET is too short"));
	}

	@Test
	void explainsAMissingPasswordInOneLineWithWhatToSet() {
		var cause = new GatewayConfigurationException("PES21_ADMIN_PASSWORD is not set: ...",
				"Set the environment variable PES21_ADMIN_PASSWORD.");

		FailureAnalysis analysis = new GatewayConfigurationFailureAnalyzer()
			.analyze(new IllegalStateException("bean creation failed", cause));

		assertThat(analysis.getDescription()).isEqualTo("PES21_ADMIN_PASSWORD is not set: ...").doesNotContain("\n");
		assertThat(analysis.getAction()).contains("PES21_ADMIN_PASSWORD");
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
