package fr.pes21.gateway.web;

import fr.pes21.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff application (module frontend, on the gateway's class path) served at
 * {@code /}, its pages by their own addresses.
 */
class StaffApplicationIntegrationTests extends GatewayIntegrationTest {

	@Test
	void servesTheApplicationAtTheRootWithoutAToken() {
		String page = page("/");

		assertThat(page).contains("<div id=\"app\"></div>")
			.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">");
	}

	@Test
	void answersEveryPageOfTheApplicationWithItsIndexWhenABrowserAsksForIt() {
		String index = page("/");

		assertThat(page("/rapports/2024")).isEqualTo(index);
		assertThat(page("/accompagnement/projets/6f1c2a9e-3b7d-4c55-9a0e-2d4b8f7e1a20")).isEqualTo(index);
		this.client.get()
			.uri("/accompagnement")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectHeader()
			.cacheControl(org.springframework.http.CacheControl.noCache());
	}

	@Test
	void leavesTheApiTheDocumentationAndMissingFilesAlone() {
		this.client.get()
			.uri("/api/accompaniment/projects")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.client.get()
			.uri("/v3/api-docs/gateway")
			.accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		this.client.get()
			.uri("/assets/no-such-file.js")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void doesNotAnswerAPageToAClientThatDoesNotAskForHtml() {
		this.client.get()
			.uri("/rapports/2024")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void cachesTheHashedFilesForAYear() {
		String page = page("/");
		String script = page.replaceAll("(?s).*<script type=\"module\" crossorigin src=\"([^\"]+)\".*", "$1");
		assertThat(script).startsWith("/assets/index-").endsWith(".js");

		this.client.get()
			.uri(script)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable");
	}

	private String page(String path) {
		return this.client.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
