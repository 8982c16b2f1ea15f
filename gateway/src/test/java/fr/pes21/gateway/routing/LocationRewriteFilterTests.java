package fr.pes21.gateway.routing;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class LocationRewriteFilterTests {

	private final LocationRewriteFilter filter = new LocationRewriteFilter("127\\.0\\.0\\.1|10\\..*");

	@Test
	void takesTheExternalOriginFromATrustedProxysForwardedHeaders() {
		var request = MockServerHttpRequest.get("http://gateway:8080/api/dla/structures")
			.remoteAddress(new InetSocketAddress("10.1.2.3", 50000))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "pes21.example.org, gateway:8080")
			.build();

		assertThat(this.filter.externalOrigin(request)).isEqualTo("https://pes21.example.org");
	}

	@Test
	void ignoresForwardedHeadersFromAnUntrustedPeer() {
		var request = MockServerHttpRequest.get("http://gateway:8080/api/dla/structures")
			.remoteAddress(new InetSocketAddress("203.0.113.9", 50000))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "attacker.example")
			.build();

		assertThat(this.filter.externalOrigin(request)).isEqualTo("http://gateway:8080");
	}

	@Test
	void keepsANonDefaultForwardedPort() {
		var request = MockServerHttpRequest.get("http://gateway:8080/api/dla/structures")
			.remoteAddress(new InetSocketAddress("127.0.0.1", 50000))
			.header("X-Forwarded-Proto", "http")
			.header("X-Forwarded-Host", "localhost")
			.header("X-Forwarded-Port", "9090")
			.build();

		assertThat(this.filter.externalOrigin(request)).isEqualTo("http://localhost:9090");
	}

}
