package fr.pes21.localstack.demo;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GatewayClientTests {

	private FakeGateway gateway;

	private GatewayClient client;

	@BeforeEach
	void startTheFakeGateway() throws Exception {
		this.gateway = new FakeGateway();
		this.client = new GatewayClient(this.gateway.uri(), "secret");
	}

	@AfterEach
	void stopTheFakeGateway() {
		this.gateway.close();
	}

	@Test
	void sendsEachPostWithItsIdempotencyKeyAndTheTokenAndCountsTheReplayedOnes() {
		this.client.login();
		String first = DemoDataset.id(this.client.post("/api/events", Map.of("title", "Forum"), "pes21-demo/events/a"));
		this.gateway.replaying = true;
		this.client.post("/api/events", Map.of("title", "Forum"), "pes21-demo/events/a");

		assertThat(first).isEqualTo("id-1");
		assertThat(this.gateway.requests).containsExactly("POST /auth/token", "POST /api/events pes21-demo/events/a",
				"POST /api/events pes21-demo/events/a");
		assertThat(this.gateway.bodies).containsOnly("{\"title\":\"Forum\"}");
		assertThat(this.gateway.authorizations).containsOnly("Bearer token-1");
		assertThat(this.client.recorded()).isEqualTo(2);
		assertThat(this.client.replayed()).isEqualTo(1);
	}

	@Test
	void countsADeleteAnswered404AsAlreadyWithdrawnAndA204AsWithdrawn() {
		this.gateway.deleteStatus.put("/api/events/gone", 404);
		this.client.login();

		this.client.delete("/api/events/here");
		this.client.delete("/api/events/gone");

		assertThat(this.client.withdrawn()).isEqualTo(1);
		assertThat(this.client.alreadyWithdrawn()).isEqualTo(1);
		assertThat(this.client.withdrawals()).isEqualTo(2);
	}

	@Test
	void stopsOnADeleteAnsweredNeither204Nor404() {
		this.gateway.deleteStatus.put("/api/events/locked", 409);
		this.client.login();

		assertThatExceptionOfType(DemoFailed.class).isThrownBy(() -> this.client.delete("/api/events/locked"))
			.withMessageStartingWith("Unexpected answer: DELETE /api/events/locked -> 409")
			.satisfies((ex) -> assertThat(ex.exitCode()).isEqualTo(1));
		assertThat(this.client.withdrawals()).isZero();
	}

	@Test
	void showsTheProblemDetailAndErrorsWhenTheApiRefusesAPostAndCountsNothing() {
		this.gateway.postProblem.put("/api/events",
				"{\"type\":\"urn:pes21:problem:invalid-request\",\"detail\":\"The request is invalid.\","
						+ "\"errors\":[{\"field\":\"title\"}]}");
		this.client.login();

		assertThatExceptionOfType(DemoFailed.class)
			.isThrownBy(() -> this.client.post("/api/events", Map.of(), "pes21-demo/events/a"))
			.withMessage("Unexpected answer: POST /api/events -> 400: The request is invalid. [{\"field\":\"title\"}]");
		assertThat(this.client.recorded()).isZero();
	}

	@Test
	void stopsWithExitCode2WhenTheGatewayRefusesThePassword() {
		this.gateway.loginStatus = 401;

		assertThatExceptionOfType(DemoFailed.class).isThrownBy(this.client::login)
			.withMessageContaining("refused the password of admin")
			.satisfies((ex) -> assertThat(ex.exitCode()).isEqualTo(2));
	}

	@Test
	void logsInAgainOnceWhenTheTokenExpiresDuringALoad() {
		this.client.login();
		this.gateway.expiredTokens.set(1);

		this.client.post("/api/events", Map.of(), "pes21-demo/events/a");

		assertThat(this.gateway.requests).containsExactly("POST /auth/token", "POST /auth/token",
				"POST /api/events pes21-demo/events/a");
		assertThat(this.gateway.authorizations).containsExactly("Bearer token-1", "Bearer token-2");
		assertThat(this.client.recorded()).isEqualTo(1);
	}

	@Test
	void tellsTheUserToStartTheStackWhenNothingAnswers() {
		GatewayClient nowhere = new GatewayClient(this.gateway.uri(), "secret");
		this.gateway.close();

		assertThatExceptionOfType(DemoFailed.class).isThrownBy(nowhere::login)
			.withMessageContaining("./pes21 up --background")
			.satisfies((ex) -> assertThat(ex.exitCode()).isEqualTo(2));
	}

}
