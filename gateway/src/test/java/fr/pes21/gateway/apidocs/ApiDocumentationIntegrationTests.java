package fr.pes21.gateway.apidocs;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.pes21.gateway.GatewayIntegrationTest;
import fr.pes21.gateway.StubService;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API documentation at the gateway: the gateway's own document is the committed one,
 * the services' documents and Swagger UI are read without a token, the operations they
 * describe are not.
 */
class ApiDocumentationIntegrationTests extends GatewayIntegrationTest {

	/** Set to {@code true} to rewrite docs/api/gateway.json (docs/decisions/0011). */
	static final String WRITE_PROPERTY = "pes21.api-docs.write";

	@Test
	void theGatewaysApiDocumentIsTheCommittedOne() throws IOException {
		// the first request builds the document: give a loaded machine time
		String running = this.client.mutate()
			.responseTimeout(Duration.ofMinutes(1))
			.build()
			.get()
			.uri("/v3/api-docs/gateway")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		Path committed = CommittedApiDocumentsIntegrationTests.directory().resolve("gateway.json");
		String document = running.replace("\r\n", "\n").strip() + "\n";
		if (Boolean.getBoolean(WRITE_PROPERTY)) {
			Files.writeString(committed, document, StandardCharsets.UTF_8);
		}
		assertThat(document)
			.as("the gateway's API differs from docs/api/gateway.json; if that is intended, " + "rewrite it with -D"
					+ WRITE_PROPERTY + "=true (docs/decisions/0011)")
			.isEqualTo(Files.readString(committed, StandardCharsets.UTF_8));
	}

	@Test
	void aServicesApiDocumentIsReadThroughTheGatewayWithoutAToken() {
		this.client.get()
			.uri("/v3/api-docs/accompaniment-service")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON);

		StubService.Received received = service.nextRequest();
		assertThat(received.method()).isEqualTo("GET");
		assertThat(received.path()).isEqualTo("/v3/api-docs");
		assertThat(received.headers().containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
	}

	@Test
	void theOperationsADocumentDescribesStillNeedAToken() {
		var response = this.client.get().uri("/api/accompaniment/projects").exchange();

		expectProblem(response, HttpStatus.UNAUTHORIZED, "unauthenticated");
		assertThat(service.receivedNothing()).isTrue();
	}

	@Test
	void onlyTheDocumentsAreOpenNotWhatLiesBesideThemOnTheServices() {
		this.client.get().uri("/v3/api-docs/accompaniment-service/other").exchange().expectStatus().isNotFound();
		this.client.post()
			.uri("/v3/api-docs/accompaniment-service")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isUnauthorized();

		assertThat(service.receivedNothing()).isTrue();
	}

	@Test
	void swaggerUiListsTheGatewayAndEveryService() {
		Map<String, Object> config = this.client.get()
			.uri("/v3/api-docs/gateway/swagger-config")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();

		@SuppressWarnings("unchecked")
		List<Map<String, String>> urls = (List<Map<String, String>>) config.get("urls");
		assertThat(urls).extracting((url) -> url.get("name"))
			.containsExactlyInAnyOrder("gateway", "accompaniment-service", "dla-service", "territory-service",
					"events-service", "reporting-service");
		assertThat(urls).allSatisfy((url) -> assertThat(url.get("url")).isEqualTo("/v3/api-docs/" + url.get("name")));
	}

	@Test
	void swaggerUiIsServedFromItsWebjarWithoutATokenAndLoadsNothingFromElsewhere() {
		String location = this.client.get()
			.uri("/swagger-ui.html")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getFirst(HttpHeaders.LOCATION);
		assertThat(location).startsWith("/swagger-ui/index.html");

		String page = this.client.get()
			.uri("/swagger-ui/index.html")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		Matcher assets = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page);
		int found = 0;
		while (assets.find()) {
			String asset = assets.group(1);
			assertThat(asset).as("asset of Swagger UI").doesNotContain("//");
			this.client.get().uri(URI.create(location).resolve(asset).toString()).exchange().expectStatus().isOk();
			found++;
		}
		assertThat(found).isGreaterThanOrEqualTo(3);
		String initializer = this.client.get()
			.uri(URI.create(location).resolve("swagger-initializer.js").toString())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(initializer).contains("/v3/api-docs/gateway/swagger-config").doesNotContain("petstore");
		assertThat(Pattern.compile("https?://").matcher(initializer).find()).as("an absolute URL in " + initializer)
			.isFalse();
	}

}
