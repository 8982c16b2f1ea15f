package fr.pes21.localstack.demo;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import static fr.pes21.localstack.demo.DemoDataset.fields;
import static fr.pes21.localstack.demo.DemoDataset.id;

/**
 * {@code accompaniment-2024.json}: projects, each with its meetings, creation,
 * post-creation reviews and closure. Withdrawals wait for the end: the mistaken meetings
 * first, then the withdrawn projects.
 */
final class AccompanimentLoader implements ContextLoader {

	private final GatewayClient gateway;

	AccompanimentLoader(GatewayClient gateway) {
		this.gateway = gateway;
	}

	@Override
	public String file() {
		return "accompaniment-2024.json";
	}

	@Override
	public String load(JsonNode dataset) {
		int before = this.gateway.recorded();
		List<String> withdrawals = new ArrayList<>();
		List<String> projectWithdrawals = new ArrayList<>();
		for (JsonNode project : dataset.path("projects")) {
			String ref = project.path("ref").asString();
			String path = "/api/accompaniment/projects/" + id(this.gateway.post("/api/accompaniment/projects",
					fields(project, "name", "programme", "welcomedOn", "commune", "sector", "holders"), key(ref)));
			int i = 0;
			for (JsonNode meeting : project.path("meetings")) {
				String id = id(this.gateway.post(path + "/meetings", fields(meeting, "date", "kind", "notes"),
						key(ref, "meeting", i++)));
				if (meeting.path("withdrawn").asBoolean()) {
					withdrawals.add(path + "/meetings/" + id);
				}
			}
			if (project.hasNonNull("creation")) {
				this.gateway.post(path + "/creation",
						fields(project.path("creation"), "date", "legalForm", "jobsCreated"), key(ref, "creation"));
			}
			i = 0;
			for (JsonNode review : project.path("postCreationReviews")) {
				this.gateway.post(path + "/post-creation-reviews", fields(review, "date", "notes"),
						key(ref, "post-creation-review", i++));
			}
			if (project.hasNonNull("closure")) {
				this.gateway.post(path + "/closure", fields(project.path("closure"), "date", "outcome"),
						key(ref, "closure"));
			}
			if (project.path("withdrawn").asBoolean()) {
				projectWithdrawals.add(path);
			}
		}
		withdrawals.forEach(this.gateway::delete);
		projectWithdrawals.forEach(this.gateway::delete);
		return "Accompaniment: %d projects (%d records)".formatted(dataset.path("projects").size(),
				this.gateway.recorded() - before);
	}

	private static String key(Object... path) {
		return DemoDataset.key("accompaniment", path);
	}

}
