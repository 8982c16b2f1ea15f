package fr.pes21.localstack.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./pes21 demo}: replays the datasets of {@code <root>/demo-data} (DLA, territory,
 * events, accompaniment) through the gateway's public API, as a person would record them,
 * so that {@code GET /api/reports/years/2024} shows the activity report's figures.
 * <p>
 * Every {@code POST} carries an {@code Idempotency-Key} derived from the dataset entry
 * and the action: running the loader again replays the first answers (same ids) and
 * records nothing new; a {@code DELETE} answering {@code 404} then means already
 * withdrawn.
 */
public final class DemoLoader {

	/** Where the datasets are, under the repository. */
	public static final String DATA_DIRECTORY = "demo-data";

	static final String ADMIN_PASSWORD_VARIABLE = "PES21_ADMIN_PASSWORD";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI gateway;

	private final String adminPassword;

	private final Path dataDirectory;

	private final PrintStream out;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private String token;

	private int recorded;

	private int replayed;

	private int withdrawn;

	private int alreadyWithdrawn;

	/**
	 * A loader of {@code <root>/demo-data} into the stack whose gateway is at
	 * {@code gateway}, as the user {@code admin}.
	 */
	public DemoLoader(URI gateway, String adminPassword, Path root, PrintStream out) {
		this.gateway = gateway;
		this.adminPassword = adminPassword;
		this.dataDirectory = root.resolve(DATA_DIRECTORY);
		this.out = out;
	}

	/**
	 * Options {@code --root} (the repository, default: the working directory) and
	 * {@code --gateway} (default: {@code http://localhost:$PES21_GATEWAY_PORT}, 8080);
	 * the password from {@code PES21_ADMIN_PASSWORD}.
	 */
	public static void main(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i], args[i + 1]);
		}
		Path root = Path.of(options.getOrDefault("--root", System.getProperty("pes21.root", "")))
			.toAbsolutePath()
			.normalize();
		String port = System.getenv().getOrDefault("PES21_GATEWAY_PORT", "8080");
		URI gateway = URI.create(options.getOrDefault("--gateway", "http://localhost:" + port));
		try {
			new DemoLoader(gateway, System.getenv(ADMIN_PASSWORD_VARIABLE), root, System.out).load();
			System.exit(0);
		}
		catch (DemoFailed ex) {
			System.err.println(ex.getMessage());
			System.exit(ex.exitCode());
		}
	}

	/**
	 * What a load did.
	 *
	 * @param recorded the {@code POST}s answered with success
	 * @param replayed those of them answered from an earlier run (nothing new recorded)
	 * @param withdrawn the {@code DELETE}s answered {@code 204}
	 * @param alreadyWithdrawn those answered {@code 404}: withdrawn by an earlier run
	 * @param took how long the load took
	 */
	public record Summary(int recorded, int replayed, int withdrawn, int alreadyWithdrawn, Duration took) {
	}

	/** Loads every dataset, in an order that respects the services' rules. */
	public Summary load() {
		if (this.adminPassword == null || this.adminPassword.isBlank()) {
			throw new DemoFailed(
					ADMIN_PASSWORD_VARIABLE + " is not set: the demo records as the user admin. Run: export "
							+ ADMIN_PASSWORD_VARIABLE + "='<the password given to ./pes21 up>' and try again.",
					2);
		}
		long started = System.nanoTime();
		this.out.println("Loading the demo data of " + this.dataDirectory + " through " + this.gateway + "...");
		this.token = login();
		loadDla(read("dla-2024.json"));
		loadTerritories(read("territory-2024.json"));
		loadEvents(read("events-2024.json"));
		loadAccompaniment(read("accompaniment-2024.json"));
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		this.out.printf(
				"Demo data loaded in %.1f s: %d records (%d of them answered from an earlier run), %d withdrawals "
						+ "(%d already done). See %s%n",
				took.toMillis() / 1000.0, this.recorded, this.replayed, this.withdrawn + this.alreadyWithdrawn,
				this.alreadyWithdrawn, this.gateway + "/api/reports/years/2024");
		return new Summary(this.recorded, this.replayed, this.withdrawn, this.alreadyWithdrawn, took);
	}

	private void loadDla(JsonNode dataset) {
		int before = this.recorded;
		int withdrawnBefore = this.withdrawn + this.alreadyWithdrawn;
		List<String> withdrawals = new ArrayList<>();
		Map<String, String> structures = new HashMap<>();
		for (JsonNode structure : dataset.path("structures")) {
			String ref = structure.path("ref").asString();
			structures.put(ref, id(post("/api/dla/structures",
					fields(structure, "name", "legalForm", "commune", "siret", "employeesFte"), key("dla", ref))));
		}
		for (JsonNode structure : dataset.path("structures")) {
			String ref = structure.path("ref").asString();
			String path = "/api/dla/structures/" + structures.get(ref);
			int i = 0;
			// a structure that comes back has a welcome per pathway (at most one per
			// year), each at its own URL; a mistaken one is withdrawn at once, so that
			// its year is free for the right one
			for (JsonNode welcome : structure.path("welcomes")) {
				String id = id(post(path + "/welcome", fields(welcome, "date"), key("dla", ref, "welcome", i++)));
				if (welcome.path("withdrawn").asBoolean()) {
					delete(path + "/welcomes/" + id);
				}
			}
		}
		for (JsonNode structure : dataset.path("structures")) {
			String ref = structure.path("ref").asString();
			int i = 0;
			for (JsonNode diagnostic : structure.path("diagnostics")) {
				String id = id(post("/api/dla/structures/" + structures.get(ref) + "/diagnostics",
						fields(diagnostic, "startedOn", "completedOn", "needs"), key("dla", ref, "diagnostic", i++)));
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
			String id = id(post("/api/dla/engineerings", body, key("dla", "engineering", ref)));
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
				String id = id(post(path + "/participants", body,
						key("dla", "engineering", ref, "participant", structureRef)));
				if (added.path("withdrawn").asBoolean()) {
					withdrawals.add(0, path + "/participants/" + id);
				}
			}
		}
		for (JsonNode engineering : dataset.path("engineerings")) {
			if (engineering.hasNonNull("completedOn")) {
				String ref = engineering.path("ref").asString();
				post("/api/dla/engineerings/" + engineerings.get(ref) + "/completion",
						Map.of("date", engineering.path("completedOn").asString()),
						key("dla", "engineering", ref, "completion"));
			}
		}
		for (JsonNode structure : dataset.path("structures")) {
			String ref = structure.path("ref").asString();
			String path = "/api/dla/structures/" + structures.get(ref) + "/follow-ups";
			int i = 0;
			for (JsonNode followUp : structure.path("followUps")) {
				String id = id(post(path, fields(followUp, "date", "kind"), key("dla", ref, "follow-up", i++)));
				if (followUp.path("withdrawn").asBoolean()) {
					withdrawals.add(0, path + "/" + id);
				}
			}
		}
		withdrawals.forEach(this::delete);
		this.out.printf("  DLA: %d structures, %d engineerings (%d records, %d withdrawals)%n", structures.size(),
				engineerings.size(), this.recorded - before, this.withdrawn + this.alreadyWithdrawn - withdrawnBefore);
	}

	private void loadTerritories(JsonNode dataset) {
		int before = this.recorded;
		List<String> withdrawals = new ArrayList<>();
		int initiatives = 0;
		for (JsonNode territory : dataset.path("territories")) {
			String ref = territory.path("ref").asString();
			String territoryId = id(
					post("/api/territories", fields(territory, "name", "kind", "department"), key("territory", ref)));
			Map<String, String> needs = new HashMap<>();
			for (JsonNode need : territory.path("needs")) {
				String needRef = need.path("ref").asString();
				needs.put(needRef, id(post("/api/territories/" + territoryId + "/needs",
						fields(need, "title", "identifiedOn"), key("territory", ref, "need", needRef))));
			}
			for (JsonNode initiative : territory.path("initiatives")) {
				String initiativeRef = initiative.path("ref").asString();
				Map<String, Object> body = fields(initiative, "name");
				if (initiative.hasNonNull("needRef")) {
					body.put("needId", needs.get(initiative.path("needRef").asString()));
				}
				body.put("startedOn", initiative.path("startedOn").asString());
				String path = "/api/initiatives/" + id(post("/api/territories/" + territoryId + "/initiatives", body,
						key("territory", "initiative", initiativeRef)));
				initiatives++;
				int i = 0;
				for (JsonNode stage : initiative.path("stages")) {
					String id = id(post(path + "/stage", fields(stage, "stage", "date", "jobs"),
							key("territory", "initiative", initiativeRef, "stage", i++)));
					if (stage.path("withdrawn").asBoolean()) {
						// only the latest change can be withdrawn, and LAUNCHED is final:
						// the mistake goes before the next change
						delete(path + "/stages/" + id);
					}
				}
				i = 0;
				for (JsonNode milestone : initiative.path("milestones")) {
					String id = id(post(path + "/milestones", fields(milestone, "kind", "date", "label"),
							key("territory", "initiative", initiativeRef, "milestone", i++)));
					if (milestone.path("withdrawn").asBoolean()) {
						withdrawals.add(path + "/milestones/" + id);
					}
				}
				i = 0;
				for (JsonNode meeting : initiative.path("meetings")) {
					String id = id(post(path + "/meetings", fields(meeting, "date", "kind"),
							key("territory", "initiative", initiativeRef, "meeting", i++)));
					if (meeting.path("withdrawn").asBoolean()) {
						withdrawals.add(path + "/meetings/" + id);
					}
				}
			}
		}
		withdrawals.forEach(this::delete);
		this.out.printf("  Territory: %d territory(ies), %d initiative(s) (%d records)%n",
				dataset.path("territories").size(), initiatives, this.recorded - before);
	}

	private void loadEvents(JsonNode dataset) {
		int before = this.recorded;
		Map<String, String> events = new LinkedHashMap<>();
		for (JsonNode event : dataset.path("events")) {
			String ref = event.path("ref").asString();
			events.put(ref, "/api/events/" + id(post("/api/events",
					fields(event, "title", "kind", "startsAt", "venue", "capacity", "partners"), key("events", ref))));
		}
		for (JsonNode event : dataset.path("events")) {
			String ref = event.path("ref").asString();
			if (event.path("held").asBoolean()) {
				post(events.get(ref) + "/held", Map.of(), key("events", ref, "held"));
			}
		}
		for (JsonNode event : dataset.path("events")) {
			String ref = event.path("ref").asString();
			int i = 0;
			// recorded again, the attendance replaces the earlier figure
			for (JsonNode attendance : event.path("attendance")) {
				post(events.get(ref) + "/attendance", fields(attendance, "count"),
						key("events", ref, "attendance", i++));
			}
		}
		for (JsonNode event : dataset.path("events")) {
			if (event.hasNonNull("cancellation")) {
				String ref = event.path("ref").asString();
				post(events.get(ref) + "/cancellation", fields(event.path("cancellation"), "reason"),
						key("events", ref, "cancellation"));
			}
		}
		for (JsonNode event : dataset.path("events")) {
			if (event.path("withdrawn").asBoolean()) {
				delete(events.get(event.path("ref").asString()));
			}
		}
		this.out.printf("  Events: %d events (%d records)%n", events.size(), this.recorded - before);
	}

	private void loadAccompaniment(JsonNode dataset) {
		int before = this.recorded;
		List<String> withdrawals = new ArrayList<>();
		List<String> projectWithdrawals = new ArrayList<>();
		for (JsonNode project : dataset.path("projects")) {
			String ref = project.path("ref").asString();
			String path = "/api/accompaniment/projects/" + id(post("/api/accompaniment/projects",
					fields(project, "name", "programme", "welcomedOn", "commune", "sector", "holders"),
					key("accompaniment", ref)));
			int i = 0;
			for (JsonNode meeting : project.path("meetings")) {
				String id = id(post(path + "/meetings", fields(meeting, "date", "kind", "notes"),
						key("accompaniment", ref, "meeting", i++)));
				if (meeting.path("withdrawn").asBoolean()) {
					withdrawals.add(path + "/meetings/" + id);
				}
			}
			if (project.hasNonNull("creation")) {
				post(path + "/creation", fields(project.path("creation"), "date", "legalForm", "jobsCreated"),
						key("accompaniment", ref, "creation"));
			}
			i = 0;
			for (JsonNode review : project.path("postCreationReviews")) {
				post(path + "/post-creation-reviews", fields(review, "date", "notes"),
						key("accompaniment", ref, "post-creation-review", i++));
			}
			if (project.hasNonNull("closure")) {
				post(path + "/closure", fields(project.path("closure"), "date", "outcome"),
						key("accompaniment", ref, "closure"));
			}
			if (project.path("withdrawn").asBoolean()) {
				projectWithdrawals.add(path);
			}
		}
		withdrawals.forEach(this::delete);
		projectWithdrawals.forEach(this::delete);
		this.out.printf("  Accompaniment: %d projects (%d records)%n", dataset.path("projects").size(),
				this.recorded - before);
	}

	private String login() {
		HttpResponse<String> response = send("POST", "/auth/token",
				Map.of("username", "admin", "password", this.adminPassword), null, false);
		if (response.statusCode() == 401) {
			throw new DemoFailed("The gateway at " + this.gateway + " refused the password of admin: "
					+ ADMIN_PASSWORD_VARIABLE + " must be the one the stack was started with.", 2);
		}
		if (response.statusCode() != 200) {
			throw unexpected("POST", "/auth/token", response);
		}
		return readTree(response.body()).path("access_token").asString();
	}

	private JsonNode post(String path, Map<String, Object> body, String idempotencyKey) {
		HttpResponse<String> response = send("POST", path, body, idempotencyKey, true);
		if (response.statusCode() < 200 || response.statusCode() > 299) {
			throw unexpected("POST", path, response);
		}
		this.recorded++;
		if (response.headers().firstValue("Idempotent-Replayed").filter("true"::equals).isPresent()) {
			this.replayed++;
		}
		return response.body().isBlank() ? JSON.createObjectNode() : readTree(response.body());
	}

	private void delete(String path) {
		HttpResponse<String> response = send("DELETE", path, null, null, true);
		if (response.statusCode() == 404) {
			// withdrawn by an earlier run
			this.alreadyWithdrawn++;
		}
		else if (response.statusCode() == 204) {
			this.withdrawn++;
		}
		else {
			throw unexpected("DELETE", path, response);
		}
	}

	private HttpResponse<String> send(String method, String path, Object body, String idempotencyKey,
			boolean authorized) {
		HttpResponse<String> response = exchange(method, path, body, idempotencyKey, authorized);
		if (response.statusCode() == 401 && authorized) {
			// the token expired during a long load: log in again, once
			this.token = login();
			response = exchange(method, path, body, idempotencyKey, true);
		}
		return response;
	}

	private HttpResponse<String> exchange(String method, String path, Object body, String idempotencyKey,
			boolean authorized) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.gateway.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json")
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))
					: HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		if (authorized) {
			request.header("Authorization", "Bearer " + this.token);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (ConnectException | HttpConnectTimeoutException ex) {
			throw new DemoFailed(
					"PES 21 is not running at " + this.gateway
							+ " (nothing answers there): start it with ./pes21 up --background, then run ./pes21 demo.",
					2);
		}
		catch (IOException ex) {
			throw new DemoFailed(method + " " + path + " failed: " + ex, 1);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DemoFailed("Interrupted during " + method + " " + path, 1);
		}
	}

	private DemoFailed unexpected(String method, String path, HttpResponse<String> response) {
		String detail = response.body();
		try {
			JsonNode problem = JSON.readTree(response.body());
			if (problem.hasNonNull("detail")) {
				detail = problem.path("detail").asString();
				if (problem.has("errors")) {
					detail += " " + problem.path("errors");
				}
			}
		}
		catch (JacksonException ex) {
			// not a problem document: show the body as it came
		}
		return new DemoFailed(
				"Unexpected answer: " + method + " " + path + " -> " + response.statusCode() + ": " + detail.strip(),
				1);
	}

	private JsonNode read(String file) {
		Path path = this.dataDirectory.resolve(file);
		try {
			return JSON.readTree(Files.readString(path));
		}
		catch (NoSuchFileException ex) {
			throw new DemoFailed("No demo data at " + path + " (run ./pes21 demo from the repository).", 2);
		}
		catch (IOException | JacksonException ex) {
			throw new DemoFailed("Cannot read " + path + ": " + ex.getMessage(), 2);
		}
	}

	private static JsonNode readTree(String body) {
		return JSON.readTree(body);
	}

	private static String id(JsonNode answer) {
		return answer.path("id").asString();
	}

	/** The entry's fields named, in that order, leaving out those it does not have. */
	private static Map<String, Object> fields(JsonNode entry, String... names) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (String name : names) {
			if (entry.hasNonNull(name)) {
				body.put(name, entry.get(name));
			}
		}
		return body;
	}

	/**
	 * The Idempotency-Key of an action on a dataset entry: the same on every run, so a
	 * second run replays the first answers.
	 */
	private static String key(String dataset, Object... path) {
		StringBuilder key = new StringBuilder("pes21-demo/").append(dataset);
		for (Object segment : path) {
			key.append('/').append(segment);
		}
		return key.toString();
	}

}
