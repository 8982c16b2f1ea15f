package fr.pes21.gateway.routing;

import java.util.Map;

import fr.pes21.gateway.GatewayIntegrationTest;
import fr.pes21.gateway.StubService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingIntegrationTests extends GatewayIntegrationTest {

	@Autowired
	RouteLocator routes;

	@LocalServerPort
	int port;

	@Test
	void loadsARouteForEveryService() {
		// Routes bound under an outdated prefix would silently load nothing.
		var loaded = this.routes.getRoutes().collectMap(Route::getId, Route::getUri).block();

		assertThat(loaded).containsOnlyKeys("accompaniment", "dla", "territory", "events", "reporting-live",
				"reporting", "accompaniment-api-docs", "dla-api-docs", "territory-api-docs", "events-api-docs",
				"reporting-api-docs");
		assertThat(loaded.get("accompaniment")).hasToString(service.baseUrl());
	}

	@Test
	void forwardsAnAuthenticatedCallUnchangedWithItsAuthorizationHeader() {
		String token = adminToken();

		this.client.get()
			.uri("/api/accompaniment/projects?page=0&size=50")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(0);

		StubService.Received received = service.nextRequest();
		assertThat(received.method()).isEqualTo("GET");
		assertThat(received.path()).isEqualTo("/api/accompaniment/projects");
		assertThat(received.headers().getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);
	}

	@Test
	void tellsTheServiceWhereTheClientCameFrom() {
		this.client.get()
			.uri("/api/accompaniment/projects")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.exchange()
			.expectStatus()
			.isOk();

		HttpHeaders received = service.nextRequest().headers();
		assertThat(received.getFirst("X-Forwarded-Host")).isEqualTo("localhost:" + this.port);
		assertThat(received.getFirst("X-Forwarded-Proto")).isEqualTo("http");
		assertThat(received.getFirst("X-Forwarded-Port")).isEqualTo(String.valueOf(this.port));
	}

	@Test
	void routesReportsToTheReportingService() {
		this.client.get()
			.uri("/api/reports/years/2024")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(service.nextRequest().path()).isEqualTo("/api/reports/years/2024");
	}

	@Test
	void rewritesALocationNamingTheServiceToTheGateway() {
		this.client.post()
			.uri("/api/accompaniment/projects")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Épicerie solidaire"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION,
					"http://localhost:" + this.port + "/api/accompaniment/projects/p-1?view=full");
	}

	@Test
	void leavesALocationNamingAnotherOriginAlone() {
		this.client.get()
			.uri("/api/accompaniment/redirect-elsewhere")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "https://elsewhere.example/somewhere");
	}

	@Test
	void answers503WhenTheServiceIsDown() {
		var response = this.client.get()
			.uri("/api/events")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.exchange();

		expectProblem(response, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable");
	}

	@Test
	void answers404WhenNoRouteMatches() {
		var response = this.client.get()
			.uri("/api/nothing-here")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.exchange();

		expectProblem(response, HttpStatus.NOT_FOUND, "not-found").jsonPath("$.instance")
			.isEqualTo("/api/nothing-here");
	}

}
