package fr.pes21.localstack.demo;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import static fr.pes21.localstack.demo.DemoDataset.fields;
import static fr.pes21.localstack.demo.DemoDataset.id;

/**
 * {@code events-2024.json}: events, then whether they were held, their attendance (a
 * later figure replaces the earlier one), their cancellations, and last the withdrawn
 * ones.
 */
final class EventsLoader implements ContextLoader {

	private final GatewayClient gateway;

	EventsLoader(GatewayClient gateway) {
		this.gateway = gateway;
	}

	@Override
	public String file() {
		return "events-2024.json";
	}

	@Override
	public String load(JsonNode dataset) {
		int before = this.gateway.recorded();
		Map<String, String> events = new LinkedHashMap<>();
		for (JsonNode event : dataset.path("events")) {
			String ref = event.path("ref").asString();
			events.put(ref, "/api/events/" + id(this.gateway.post("/api/events",
					fields(event, "title", "kind", "startsAt", "venue", "capacity", "partners"), key(ref))));
		}
		for (JsonNode event : dataset.path("events")) {
			String ref = event.path("ref").asString();
			if (event.path("held").asBoolean()) {
				this.gateway.post(events.get(ref) + "/held", Map.of(), key(ref, "held"));
			}
		}
		for (JsonNode event : dataset.path("events")) {
			String ref = event.path("ref").asString();
			int i = 0;
			// recorded again, the attendance replaces the earlier figure
			for (JsonNode attendance : event.path("attendance")) {
				this.gateway.post(events.get(ref) + "/attendance", fields(attendance, "count"),
						key(ref, "attendance", i++));
			}
		}
		for (JsonNode event : dataset.path("events")) {
			if (event.hasNonNull("cancellation")) {
				String ref = event.path("ref").asString();
				this.gateway.post(events.get(ref) + "/cancellation", fields(event.path("cancellation"), "reason"),
						key(ref, "cancellation"));
			}
		}
		for (JsonNode event : dataset.path("events")) {
			if (event.path("withdrawn").asBoolean()) {
				this.gateway.delete(events.get(event.path("ref").asString()));
			}
		}
		return "Events: %d events (%d records)".formatted(events.size(), this.gateway.recorded() - before);
	}

	private static String key(Object... path) {
		return DemoDataset.key("events", path);
	}

}
