package fr.pes21.gateway.limit;

import java.nio.charset.StandardCharsets;

import fr.pes21.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** The tests run with {@code pes21.max-request-size=1KB}. */
class RequestSizeIntegrationTests extends GatewayIntegrationTest {

	@Test
	void refusesABodyOverTheLimitWith413() {
		var response = this.client.post()
			.uri("/api/accompaniment/projects")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json(2048))
			.exchange();

		expectProblem(response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large");
		assertThat(service.receivedNothing()).isTrue();
	}

	@Test
	void refusesAChunkedBodyOverTheLimitWith413() {
		Flux<DataBuffer> chunks = Flux.range(0, 4)
			.map((i) -> DefaultDataBufferFactory.sharedInstance.wrap("x".repeat(512).getBytes(StandardCharsets.UTF_8)));

		var response = this.client.post()
			.uri("/api/accompaniment/projects")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.contentType(MediaType.APPLICATION_JSON)
			.body(chunks, DataBuffer.class)
			.exchange();

		expectProblem(response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large");
	}

	@Test
	void forwardsABodyUnderTheLimit() {
		String body = json(512);

		this.client.post()
			.uri("/api/accompaniment/projects")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated();

		assertThat(service.nextRequest().body()).asString(StandardCharsets.UTF_8).isEqualTo(body);
	}

	private static String json(int length) {
		String prefix = "{\"name\":\"";
		String suffix = "\"}";
		return prefix + "x".repeat(length - prefix.length() - suffix.length()) + suffix;
	}

}
