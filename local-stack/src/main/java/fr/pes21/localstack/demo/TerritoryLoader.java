package fr.pes21.localstack.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import static fr.pes21.localstack.demo.DemoDataset.fields;
import static fr.pes21.localstack.demo.DemoDataset.id;

/**
 * {@code territory-2024.json}: territories, their needs, and the initiatives answering
 * them with their stages, milestones and meetings. A mistaken stage is withdrawn at once
 * (only the latest change can be); mistaken milestones and meetings at the end.
 */
final class TerritoryLoader implements ContextLoader {

	private final GatewayClient gateway;

	TerritoryLoader(GatewayClient gateway) {
		this.gateway = gateway;
	}

	@Override
	public String file() {
		return "territory-2024.json";
	}

	@Override
	public String load(JsonNode dataset) {
		int before = this.gateway.recorded();
		List<String> withdrawals = new ArrayList<>();
		int initiatives = 0;
		for (JsonNode territory : dataset.path("territories")) {
			String ref = territory.path("ref").asString();
			String territoryId = id(
					this.gateway.post("/api/territories", fields(territory, "name", "kind", "department"), key(ref)));
			Map<String, String> needs = new HashMap<>();
			for (JsonNode need : territory.path("needs")) {
				String needRef = need.path("ref").asString();
				needs.put(needRef, id(this.gateway.post("/api/territories/" + territoryId + "/needs",
						fields(need, "title", "identifiedOn"), key(ref, "need", needRef))));
			}
			for (JsonNode initiative : territory.path("initiatives")) {
				String initiativeRef = initiative.path("ref").asString();
				Map<String, Object> body = fields(initiative, "name");
				if (initiative.hasNonNull("needRef")) {
					body.put("needId", needs.get(initiative.path("needRef").asString()));
				}
				body.put("startedOn", initiative.path("startedOn").asString());
				String path = "/api/initiatives/" + id(this.gateway
					.post("/api/territories/" + territoryId + "/initiatives", body, key("initiative", initiativeRef)));
				initiatives++;
				int i = 0;
				for (JsonNode stage : initiative.path("stages")) {
					String id = id(this.gateway.post(path + "/stage", fields(stage, "stage", "date", "jobs"),
							key("initiative", initiativeRef, "stage", i++)));
					if (stage.path("withdrawn").asBoolean()) {
						// only the latest change can be withdrawn, and LAUNCHED is final:
						// the mistake goes before the next change
						this.gateway.delete(path + "/stages/" + id);
					}
				}
				i = 0;
				for (JsonNode milestone : initiative.path("milestones")) {
					String id = id(this.gateway.post(path + "/milestones", fields(milestone, "kind", "date", "label"),
							key("initiative", initiativeRef, "milestone", i++)));
					if (milestone.path("withdrawn").asBoolean()) {
						withdrawals.add(path + "/milestones/" + id);
					}
				}
				i = 0;
				for (JsonNode meeting : initiative.path("meetings")) {
					String id = id(this.gateway.post(path + "/meetings", fields(meeting, "date", "kind"),
							key("initiative", initiativeRef, "meeting", i++)));
					if (meeting.path("withdrawn").asBoolean()) {
						withdrawals.add(path + "/meetings/" + id);
					}
				}
			}
		}
		withdrawals.forEach(this.gateway::delete);
		return "Territory: %d territory(ies), %d initiative(s) (%d records)"
			.formatted(dataset.path("territories").size(), initiatives, this.gateway.recorded() - before);
	}

	private static String key(Object... path) {
		return DemoDataset.key("territory", path);
	}

}
