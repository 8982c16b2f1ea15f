package fr.pes21.gateway.apidocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import fr.pes21.gateway.GatewayIntegrationTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed API documents of {@code docs/api/}, read as a client generating code
 * would (swagger-parser): each is a valid OpenAPI 3.0 document, every route of the
 * gateway leads to operations they describe, and every operation they describe is routed
 * to the service whose document it is.
 */
class CommittedApiDocumentsIntegrationTests extends GatewayIntegrationTest {

	/** The document describing what each route leads to. */
	private static final Map<String, String> DOCUMENT_OF_ROUTE = Map.of("accompaniment", "accompaniment-service", "dla",
			"dla-service", "territory", "territory-service", "events", "events-service", "reporting-live",
			"reporting-service", "reporting", "reporting-service");

	private static final Set<String> DOCUMENTS = Set.of("gateway", "accompaniment-service", "dla-service",
			"territory-service", "events-service", "reporting-service");

	@Autowired
	RouteLocator routeLocator;

	@Test
	void everyDocumentOfTheSuiteIsCommitted() throws IOException {
		try (Stream<Path> files = Files.list(directory())) {
			assertThat(files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".json"))
				.map((name) -> name.substring(0, name.length() - ".json".length())))
				.containsExactlyInAnyOrderElementsOf(DOCUMENTS);
		}
	}

	@Test
	void everyCommittedDocumentIsAValidOpenApiDocument() {
		for (String name : DOCUMENTS) {
			SwaggerParseResult result = parse(name);

			assertThat(result.getMessages()).as(name).isEmpty();
			assertThat(result.getOpenAPI().getOpenapi()).as(name).startsWith("3.0");
			assertThat(result.getOpenAPI().getPaths()).as(name).isNotEmpty();
			result.getOpenAPI()
				.getPaths()
				.forEach((path, item) -> item.readOperationsMap()
					.forEach((method, operation) -> assertThat(operation.getOperationId())
						.as("operationId of %s %s in %s", method, path, name)
						.isNotBlank()));
		}
	}

	@Test
	void everyRouteOfTheGatewayLeadsToOperationsItsServiceDescribes() {
		List<Route> routes = this.routeLocator.getRoutes().collectList().block();
		Map<String, List<String>> described = new TreeMap<>();
		for (String document : DOCUMENTS) {
			if (document.equals("gateway")) {
				continue;
			}
			parse(document).getOpenAPI().getPaths().forEach((path, item) -> {
				for (PathItem.HttpMethod method : item.readOperationsMap().keySet()) {
					String routeId = firstMatching(routes, HttpMethod.valueOf(method.name()), concrete(path));
					assertThat(routeId).as("the route of %s %s (%s)", method, path, document).isNotNull();
					assertThat(DOCUMENT_OF_ROUTE.get(routeId)).as("the route of %s %s", method, path)
						.isEqualTo(document);
					described.computeIfAbsent(routeId, (id) -> new ArrayList<>()).add(method + " " + path);
				}
			});
		}

		List<String> apiRoutes = routes.stream().map(Route::getId).filter((id) -> !id.endsWith("-api-docs")).toList();
		assertThat(apiRoutes).containsExactlyInAnyOrderElementsOf(DOCUMENT_OF_ROUTE.keySet());
		assertThat(described.keySet()).as("routes leading to described operations")
			.containsExactlyInAnyOrderElementsOf(apiRoutes);
	}

	@Test
	void noRouteTakesAnOperationTheGatewayServesItself() {
		List<Route> routes = this.routeLocator.getRoutes().collectList().block();

		parse("gateway").getOpenAPI()
			.getPaths()
			.forEach((path, item) -> item.readOperationsMap()
				.keySet()
				.forEach(
						(method) -> assertThat(firstMatching(routes, HttpMethod.valueOf(method.name()), concrete(path)))
							.as("the route of %s %s, which the gateway serves itself", method, path)
							.isNull()));
	}

	@Test
	void everyServicesDocumentHasItsOwnRouteAtTheGateway() {
		List<Route> routes = this.routeLocator.getRoutes().collectList().block();
		for (String document : DOCUMENTS) {
			if (document.equals("gateway")) {
				continue;
			}
			String routeId = firstMatching(routes, HttpMethod.GET, "/v3/api-docs/" + document);

			assertThat(routeId).as(document).isNotNull().endsWith("-api-docs");
			Route route = routes.stream().filter((candidate) -> candidate.getId().equals(routeId)).findFirst().get();
			Route apiRoute = routes.stream()
				.filter((candidate) -> document.equals(DOCUMENT_OF_ROUTE.get(candidate.getId())))
				.findFirst()
				.get();
			assertThat(route.getUri()).as("where %s's document is read", document).isEqualTo(apiRoute.getUri());
		}
	}

	/** {@code docs/api/} of the working tree, found from the module's directory up. */
	static Path directory() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs"))) {
				return dir.resolve("docs").resolve("api");
			}
		}
		throw new IllegalStateException("No docs/ beside mvnw above " + Path.of("").toAbsolutePath());
	}

	private static SwaggerParseResult parse(String name) {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		try {
			String text = Files.readString(directory().resolve(name + ".json"), StandardCharsets.UTF_8);
			SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
			OpenAPI openApi = result.getOpenAPI();
			assertThat(openApi).as(name).isNotNull();
			return result;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A request path the template describes: each {@code {variable}} as an id. */
	private static String concrete(String template) {
		return template.replaceAll("\\{[^}]+}", "2024");
	}

	private static String firstMatching(List<Route> routes, HttpMethod method, String path) {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.method(method, URI.create("http://localhost" + path)));
		for (Route route : routes) {
			if (Boolean.TRUE.equals(Mono.from(route.getPredicate().apply(exchange)).block())) {
				return route.getId();
			}
		}
		return null;
	}

}
