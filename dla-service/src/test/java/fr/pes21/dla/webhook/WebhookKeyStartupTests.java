package fr.pes21.dla.webhook;

import fr.pes21.base.startup.StartupRefusal;
import fr.pes21.dla.DlaServiceApplication;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With a real database: the service reaches its key after creating its indexes. */
@WithRealInfrastructure
class WebhookKeyStartupTests {

	@Test
	void refusesToStartWithoutItsWebhookSealingKey() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(DlaServiceApplication.class)
			.properties("spring.main.banner-mode=off")
			.run("--server.port=0", "--pes21.jwt.secret=" + TestTokens.SECRET, "--pes21.webhooks.secret-key=")
			.close()).satisfies(
					(ex) -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex)).isInstanceOf(StartupRefusal.class)
						.hasMessageStartingWith("PES21_WEBHOOK_SECRET_KEY is not set"));
	}

}
