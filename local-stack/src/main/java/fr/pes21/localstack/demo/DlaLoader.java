package fr.pes21.localstack.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import static fr.pes21.localstack.demo.DemoDataset.fields;
import static fr.pes21.localstack.demo.DemoDataset.id;

/**
 * {@code dla-2024.json}: structures with their welcomes, diagnostics and follow-ups, and
 * the engineerings they take part in. Structures come first (everything refers to them);
 * a mistaken welcome is withdrawn at once (its year is then free for the right one); the
 * other withdrawals wait for the end, the latest-added first.
 */
final class DlaLoader implements ContextLoader {

	private final GatewayClient gateway;

	DlaLoader(GatewayClient gateway) {
		this.gateway = gateway;
	}

	@Override
	public String file() {
		return "dla-2024.json";
	}

	@Override
	public String load(JsonNode dataset) {
		int before = this.gateway.recorded();
		int withdrawnBefore = this.gateway.withdrawals();
		List<String> withdrawals = new ArrayList<>();
		Map<String, String> structures = new HashMap<>();
		for (JsonNode structure : dataset.path("structures")) {
			String ref = structure.path("ref").asString();
			structures.put(ref, id(this.gateway.post("/api/dla/structures",
					fields(structure, "name", "legalForm", "commune", "siret", "employeesFte"), key(ref))));
		}
		for (JsonNode structure : dataset.path("structures")) {
			String ref = structure.path("ref").asString();
			String path = "/api/dla/structures/" + structures.get(ref);
			int i = 0;
			// a structure that comes back has a welcome per pathway (at most one per
			// year), each at its own URL; a mistaken one is withdrawn at once, so that
			// its year is free for the right one
			for (JsonNode welcome : structure.path("welcomes")) {
				String id = id(this.gateway.post(path + "/welcome", fields(welcome, "date"), key(ref, "welcome", i++)));
				if (welcome.path("withdrawn").asBoolean()) {
					this.gateway.delete(path + "/welcomes/" + id);
				}
			}
		}
		for (JsonNode structure : dataset.path("structures")) {
			String ref = structure.path("ref").asString();
			int i = 0;
			for (JsonNode diagnostic : structure.path("diagnostics")) {
				String id = id(this.gateway.post("/api/dla/structures/" + structures.get(ref) + "/diagnostics",
						fields(diagnostic, "startedOn", "completedOn", "needs"), key(ref, "diagnostic", i++)));
				if (diagnostic.path("withdrawn").asBoolean()) {
					withdrawals.add("/api/dla/diagnostics/" + id);
				}
			}
		}
		Map<String, String> engineerings = new HashMap<>();
		for (JsonNode engineering : dataset.path("engineerings")) {
			String ref = engineering.path("ref").asString();
			Map<String, Object> body = fields(engineering, "kind", "topic", "consultant", "days", "startedOn");
			List<String> structureIds = new ArrayList<>();
			engineering.path("structureRefs")
				.forEach((structureRef) -> structureIds.add(structures.get(structureRef.asString())));
			body.put("structureIds", structureIds);
			String id = id(this.gateway.post("/api/dla/engineerings", body, key("engineering", ref)));
			engineerings.put(ref, id);
			if (engineering.path("withdrawn").asBoolean()) {
				withdrawals.add("/api/dla/engineerings/" + id);
			}
		}
		for (JsonNode engineering : dataset.path("engineerings")) {
			String ref = engineering.path("ref").asString();
			String path = "/api/dla/engineerings/" + engineerings.get(ref);
			for (JsonNode added : engineering.path("participantsAdded")) {
				String structureRef = added.path("structureRef").asString();
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("structureId", structures.get(structureRef));
				if (added.hasNonNull("joinedOn")) {
					body.put("joinedOn", added.path("joinedOn").asString());
				}
				String id = id(this.gateway.post(path + "/participants", body,
						key("engineering", ref, "participant", structureRef)));
				if (added.path("withdrawn").asBoolean()) {
					withdrawals.add(0, path + "/participants/" + id);
				}
			}
		}
		for (JsonNode engineering : dataset.path("engineerings")) {
			if (engineering.hasNonNull("completedOn")) {
				String ref = engineering.path("ref").asString();
				this.gateway.post("/api/dla/engineerings/" + engineerings.get(ref) + "/completion",
						Map.of("date", engineering.path("completedOn").asString()),
						key("engineering", ref, "completion"));
			}
		}
		for (JsonNode structure : dataset.path("structures")) {
			String ref = structure.path("ref").asString();
			String path = "/api/dla/structures/" + structures.get(ref) + "/follow-ups";
			int i = 0;
			for (JsonNode followUp : structure.path("followUps")) {
				String id = id(this.gateway.post(path, fields(followUp, "date", "kind"), key(ref, "follow-up", i++)));
				if (followUp.path("withdrawn").asBoolean()) {
					withdrawals.add(0, path + "/" + id);
				}
			}
		}
		withdrawals.forEach(this.gateway::delete);
		return "DLA: %d structures, %d engineerings (%d records, %d withdrawals)".formatted(structures.size(),
				engineerings.size(), this.gateway.recorded() - before, this.gateway.withdrawals() - withdrawnBefore);
	}

	private static String key(Object... path) {
		return DemoDataset.key("dla", path);
	}

}
