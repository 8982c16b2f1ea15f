package fr.pes21.benchmarks;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A read, {@code GET /api/dla/structures/{id}} of one structure registered for the run,
 * through the gateway and straight to dla-service with the same token. Phases, one after
 * the other: warm-up of each path, then each path at a fixed rate (open model: a new
 * virtual user, one request, every 1/rate s, whatever the answers' pace, so no
 * coordinated omission), then each path at saturation (closed model: {@code users}
 * requests always in flight; the throughput is what BenchReport reads).
 */
public class GatewayReadSimulation extends Simulation {

	{
		BenchSettings settings = BenchSettings.load();
		int rate = settings.number("readRate", 100);
		String token = settings.adminToken();
		String id = settings.registerStructure(token, "Bench read " + System.currentTimeMillis());
		String path = "/api/dla/structures/" + id;

		HttpProtocolBuilder protocol = http.shareConnections()
			.acceptHeader("application/json")
			.authorizationHeader("Bearer " + token)
			.warmUp(settings.gateway + "/livez");

		PopulationBuilder phases = Phases.gatewayThenDirect(settings, "read", rate, path, GatewayReadSimulation::read);
		settings.record("read");
		setUp(phases).protocols(protocol);
	}

	private static ScenarioBuilder read(String name, String url) {
		return scenario(name).exec(http(name).get(url).check(status().is(200)));
	}

}
