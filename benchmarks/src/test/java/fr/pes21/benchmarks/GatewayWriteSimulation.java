package fr.pes21.benchmarks;

import java.util.UUID;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A write, {@code POST /api/dla/structures} (a new structure each time, its own
 * Idempotency-Key), through the gateway and straight to dla-service with the same token;
 * the same phases as {@link GatewayReadSimulation}. The fixed rate is lower than the
 * read's: every write is forced to the disk by the store and the broker, and the suite
 * records about 20 a second on two cores (docs/benchmarks.md, issue 15). Each run adds
 * its structures to the suite's data (named "Bench write ...").
 */
public class GatewayWriteSimulation extends Simulation {

	{
		BenchSettings settings = BenchSettings.load();
		int rate = settings.number("writeRate", 10);
		String token = settings.adminToken();
		String path = "/api/dla/structures";

		HttpProtocolBuilder protocol = http.shareConnections()
			.acceptHeader("application/json")
			.contentTypeHeader("application/json")
			.authorizationHeader("Bearer " + token)
			.warmUp(settings.gateway + "/livez");

		PopulationBuilder phases = Phases.gatewayThenDirect(settings, "write", rate, path,
				GatewayWriteSimulation::write);
		settings.record("write");
		setUp(phases).protocols(protocol);
	}

	private static ScenarioBuilder write(String name, String url) {
		return scenario(name).exec(http(name).post(url)
			.header("Idempotency-Key", (session) -> UUID.randomUUID().toString())
			.body(StringBody((session) -> "{\"name\":\"Bench write " + UUID.randomUUID()
					+ "\",\"legalForm\":\"Association\",\"commune\":\"Dijon\"}"))
			.check(status().is(201)));
	}

}
