package fr.pes21.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole suite started as {@code ./pes21 up} starts it (Kafka, the MongoDB wire
 * server, the services and the gateway as processes, on free ports, with a temporary
 * {@code .local}), then driven through the gateway only, as the API contract says. Prints
 * its figures as {@code E2E figure: name = value}; asserts none of them.
 */
class SuiteEndToEndTests {

	private static final Path REPOSITORY = Path.of(System.getProperty("pes21.root", "..")).toAbsolutePath().normalize();

	private static final String ADMIN_PASSWORD = "e2e-" + UUID.randomUUID();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@TempDir
	static Path localDir;

	private static RunningStack stack;

	@BeforeAll
	static void startTheSuite() {
		StackConfig config = StackConfig.forRepository(REPOSITORY)
			.withLocalDir(localDir)
			.withPorts(StackPorts.free())
			.withAdminPassword(ADMIN_PASSWORD)
			.withJwtSecret(null);
		stack = LocalStack.start(config);
		figure("time to ready", "%.1f s".formatted(stack.readyAfter().toMillis() / 1000.0));
		stack.startupTimes()
			.forEach((name, time) -> figure(name + " start to ready", "%.1f s".formatted(time.toMillis() / 1000.0)));
	}

	@AfterAll
	static void stopTheSuite() {
		if (stack == null) {
			return;
		}
		Map<String, String> memory = new LinkedHashMap<>();
		stack.processes().forEach((process) -> memory.put(process.name(), process.rssKiB() / 1024 + " MiB"));
		memory.forEach((name, rss) -> figure(name + " RSS", rss));
		figure("total RSS of the stack", stack.totalRssKiB() / 1024 + " MiB");
		stack.stop();
	}

	@Test
	void refusesARequestWithoutAToken() throws Exception {
		HttpResponse<String> response = send(request("/api/accompaniment/projects").GET());

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void countsAProjectInTheYearlyReportOnceItsFactsAreRecorded() throws Exception {
		String token = token();

		HttpResponse<String> created = send(authorized(request("/api/accompaniment/projects"), token).POST(json(
				Map.of("name", "Coopérative des Tilleuls", "programme", "BENEFICE_CREA", "welcomedOn", "2024-03-04",
						"commune", "Dijon", "holders", List.of(Map.of("firstName", "Camille", "lastName", "Morel"))))));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).startsWith(stack.gatewayUrl()));
		String projectPath = "/api/accompaniment/projects/" + JSON.readTree(created.body()).path("id").asString();

		for (String date : List.of("2024-04-02", "2024-05-14")) {
			HttpResponse<String> meeting = send(authorized(request(projectPath + "/meetings"), token)
				.POST(json(Map.of("date", date, "kind", "FOLLOW_UP"))));
			assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(201);
		}
		HttpResponse<String> creation = send(authorized(request(projectPath + "/creation"), token)
			.POST(json(Map.of("date", "2024-09-01", "legalForm", "SCOP", "jobsCreated", 2))));
		assertThat(creation.statusCode()).as(creation.body()).isEqualTo(201);
		long answeredAt = System.nanoTime();

		AtomicReference<JsonNode> report = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(30))
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(50))
			.until(() -> {
				HttpResponse<String> response = send(authorized(request("/api/reports/years/2024"), token).GET());
				if (response.statusCode() != 200) {
					return false;
				}
				JsonNode indicators = JSON.readTree(response.body()).path("indicators");
				report.set(indicators);
				return indicator(indicators, "accompaniment.projectsWelcomed.BENEFICE_CREA") == 1
						&& indicator(indicators, "accompaniment.projectsAccompanied.BENEFICE_CREA") == 1
						&& indicator(indicators, "accompaniment.structuresCreated.total") == 1
						&& indicator(indicators, "accompaniment.jobsCreated.total") == 2;
			});
		figure("freshness (creation answered to figure visible)",
				"%d ms".formatted((System.nanoTime() - answeredAt) / 1_000_000));

		assertThat(indicator(report.get(), "accompaniment.projectsWelcomed.BENEFICE_CREA")).isEqualTo(1);
		assertThat(indicator(report.get(), "accompaniment.projectsAccompanied.BENEFICE_CREA")).isEqualTo(1);
		assertThat(indicator(report.get(), "accompaniment.structuresCreated.total")).isEqualTo(1);
		assertThat(indicator(report.get(), "accompaniment.jobsCreated.total")).isEqualTo(2);
	}

	@Test
	void countsADlaStructureWelcomedThroughTheGateway() throws Exception {
		String token = token();

		String structureId = id(send(authorized(request("/api/dla/structures"), token)
			.POST(json(Map.of("name", "Le Cri de la Plume", "legalForm", "ASSOCIATION", "commune", "Dijon")))));
		id(send(authorized(request("/api/dla/structures/" + structureId + "/welcome"), token)
			.POST(json(Map.of("date", "2023-11-15")))));

		awaitIndicators(token, 2023, Map.of("dla.structuresWelcomed", 1L));
	}

	@Test
	void countsATerritorysSteeringMeetingThroughTheGateway() throws Exception {
		String token = token();

		String territoryId = id(send(authorized(request("/api/territories"), token).POST(
				json(Map.of("name", "Communauté de communes Ouche et Montagne", "kind", "EPCI", "department", "21")))));
		String initiativeId = id(send(authorized(request("/api/territories/" + territoryId + "/initiatives"), token)
			.POST(json(Map.of("name", "La Boucle", "startedOn", "2023-09-01")))));
		id(send(authorized(request("/api/initiatives/" + initiativeId + "/meetings"), token)
			.POST(json(Map.of("date", "2024-01-25", "kind", "STEERING")))));

		awaitIndicators(token, 2024, Map.of("territory.steeringMeetings", 1L, "territory.territoriesAccompanied", 1L));
	}

	@Test
	void countsAHeldEventAndItsAttendanceThroughTheGateway() throws Exception {
		String token = token();

		String eventId = id(send(authorized(request("/api/events"), token)
			.POST(json(Map.of("title", "Paroles d'Experts : financer son projet", "kind", "EXPERT_TALK", "startsAt",
					"2024-10-18T07:00:00Z")))));
		id(send(authorized(request("/api/events/" + eventId + "/held"), token).POST(json(Map.of()))));
		id(send(authorized(request("/api/events/" + eventId + "/attendance"), token).POST(json(Map.of("count", 25)))));

		awaitIndicators(token, 2024, Map.of("events.held.EXPERT_TALK", 1L, "events.participants", 25L));
	}

	@Test
	void answersAMalformedBodyWithAProblem() throws Exception {
		HttpResponse<String> response = send(authorized(request("/api/accompaniment/projects"), token())
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Coopérative\", \"programme\": ")));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	private static String token() throws IOException, InterruptedException {
		HttpResponse<String> response = send(
				request("/auth/token").POST(json(Map.of("username", "admin", "password", ADMIN_PASSWORD))));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body()).path("access_token").asString();
	}

	/** The id of a recorded fact, after checking it was recorded. */
	private static String id(HttpResponse<String> created) {
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return JSON.readTree(created.body()).path("id").asString();
	}

	private static void awaitIndicators(String token, int year, Map<String, Long> expected) {
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
			HttpResponse<String> response = send(authorized(request("/api/reports/years/" + year), token).GET());
			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode indicators = JSON.readTree(response.body()).path("indicators");
			expected.forEach((key, value) -> assertThat(indicator(indicators, key)).as(key).isEqualTo(value));
		});
	}

	private static long indicator(JsonNode indicators, String key) {
		JsonNode value = indicators.get(key);
		return (value != null && value.isNumber()) ? value.longValue() : -1;
	}

	private static HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json");
	}

	private static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
		return request.header("Authorization", "Bearer " + token);
	}

	private static HttpRequest.BodyPublisher json(Object body) {
		return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void figure(String name, String value) {
		System.out.println("E2E figure: " + name + " = " + value);
	}

}
