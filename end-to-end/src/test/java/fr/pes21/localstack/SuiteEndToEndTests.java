package fr.pes21.localstack;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import fr.pes21.localstack.demo.DemoLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static fr.pes21.localstack.GatewayApi.authorized;
import static fr.pes21.localstack.GatewayApi.awaitIndicators;
import static fr.pes21.localstack.GatewayApi.id;
import static fr.pes21.localstack.GatewayApi.indicator;
import static fr.pes21.localstack.GatewayApi.json;
import static fr.pes21.localstack.GatewayApi.request;
import static fr.pes21.localstack.GatewayApi.send;
import static fr.pes21.localstack.GatewayApi.token;
import static fr.pes21.localstack.TheSuite.figure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The suite ({@link TheSuite}, started once for every end-to-end class) driven through
 * the gateway only, as the API contract says. Prints its figures as
 * {@code E2E figure: name = value}; asserts none of them. The demo data fill 2023 to 2025
 * and the 2024 report must be exactly the activity report's: the other tests record their
 * facts in 2022, the staff application's tests (StaffApplicationEndToEndTests) in 2021
 * and before.
 */
@ExtendWith(TheSuite.class)
@ResourceLock(TheSuite.LOCK)
class SuiteEndToEndTests {

	private static final Path REPOSITORY = TheSuite.REPOSITORY;

	private static final String ADMIN_PASSWORD = TheSuite.ADMIN_PASSWORD;

	private static final JsonMapper JSON = GatewayApi.JSON;

	/** docs/domain.md, "The 2024 figures". */
	private static final Map<String, Long> REPORT_2024 = report2024();

	/**
	 * The 2023 DLA column of demo-data/dla-2024.json: a structure welcomed in 2023 and
	 * back in 2024 counts in both years.
	 */
	private static final Map<String, Long> DLA_2023 = dla2023();

	@Test
	void refusesARequestWithoutAToken() throws Exception {
		HttpResponse<String> response = send(request("/api/accompaniment/projects").GET());

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void countsAProjectInTheYearlyReportOnceItsFactsAreRecorded() throws Exception {
		String token = token();

		HttpResponse<String> created = send(authorized(request("/api/accompaniment/projects"), token).POST(json(
				Map.of("name", "Coopérative des Tilleuls", "programme", "BENEFICE_CREA", "welcomedOn", "2022-03-04",
						"commune", "Dijon", "holders", List.of(Map.of("firstName", "Camille", "lastName", "Morel"))))));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).startsWith(TheSuite.gatewayUrl()));
		String projectPath = "/api/accompaniment/projects/" + JSON.readTree(created.body()).path("id").asString();

		for (String date : List.of("2022-04-02", "2022-05-14")) {
			HttpResponse<String> meeting = send(authorized(request(projectPath + "/meetings"), token)
				.POST(json(Map.of("date", date, "kind", "FOLLOW_UP"))));
			assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(201);
		}
		HttpResponse<String> creation = send(authorized(request(projectPath + "/creation"), token)
			.POST(json(Map.of("date", "2022-09-01", "legalForm", "SCOP", "jobsCreated", 2))));
		assertThat(creation.statusCode()).as(creation.body()).isEqualTo(201);
		long answeredAt = System.nanoTime();

		AtomicReference<JsonNode> report = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(30))
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(50))
			.until(() -> {
				HttpResponse<String> response = send(authorized(request("/api/reports/years/2022"), token).GET());
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
			.POST(json(Map.of("date", "2022-11-15")))));

		awaitIndicators(token, 2022, Map.of("dla.structuresWelcomed", 1L));
	}

	@Test
	void countsATerritorysSteeringMeetingThroughTheGateway() throws Exception {
		String token = token();

		String territoryId = id(send(authorized(request("/api/territories"), token).POST(
				json(Map.of("name", "Communauté de communes Ouche et Montagne", "kind", "EPCI", "department", "21")))));
		String initiativeId = id(send(authorized(request("/api/territories/" + territoryId + "/initiatives"), token)
			.POST(json(Map.of("name", "La Boucle", "startedOn", "2021-09-01")))));
		id(send(authorized(request("/api/initiatives/" + initiativeId + "/meetings"), token)
			.POST(json(Map.of("date", "2022-01-25", "kind", "STEERING")))));

		awaitIndicators(token, 2022, Map.of("territory.steeringMeetings", 1L, "territory.territoriesAccompanied", 1L));
	}

	@Test
	void countsAHeldEventAndItsAttendanceThroughTheGateway() throws Exception {
		String token = token();

		String eventId = id(send(authorized(request("/api/events"), token)
			.POST(json(Map.of("title", "Paroles d'Experts : financer son projet", "kind", "EXPERT_TALK", "startsAt",
					"2022-10-18T07:00:00Z")))));
		id(send(authorized(request("/api/events/" + eventId + "/held"), token).POST(json(Map.of()))));
		id(send(authorized(request("/api/events/" + eventId + "/attendance"), token).POST(json(Map.of("count", 25)))));

		awaitIndicators(token, 2022, Map.of("events.held.EXPERT_TALK", 1L, "events.participants", 25L));
	}

	@Test
	void loadsTheDemoDataTwiceAndShowsExactlyTheActivityReportOf2024() throws Exception {
		DemoLoader.Summary first = demoLoader().load();
		figure("demo load", "%.1f s (%d records, %d withdrawals)".formatted(first.took().toMillis() / 1000.0,
				first.recorded(), first.withdrawn()));
		String token = token();
		JsonNode afterFirst = awaitSteadyReport(token, 2024, REPORT_2024);
		awaitIndicators(token, 2023, DLA_2023);

		DemoLoader.Summary second = demoLoader().load();
		figure("demo load again", "%.1f s".formatted(second.took().toMillis() / 1000.0));

		// every POST answered from the first run, every DELETE already done
		assertThat(second.replayed()).isEqualTo(second.recorded()).isEqualTo(first.recorded());
		assertThat(second.withdrawn()).isZero();
		assertThat(second.alreadyWithdrawn()).isEqualTo(first.withdrawn());
		JsonNode afterSecond = awaitSteadyReport(token, 2024, REPORT_2024);
		assertThat(afterSecond.path("indicators")).isEqualTo(afterFirst.path("indicators"));
		assertThat(afterSecond.path("lastEventAt")).isEqualTo(afterFirst.path("lastEventAt"));
		awaitIndicators(token, 2023, DLA_2023);
	}

	@Test
	void servesEveryApiDocumentAsCommittedWithoutATokenAndSwaggerUiListsThem() throws Exception {
		List<String> documents = List.of("gateway", "accompaniment-service", "dla-service", "territory-service",
				"events-service", "reporting-service");
		for (String name : documents) {
			// a service builds its document at the first request: a loaded machine needs
			// more than 10 s
			HttpResponse<String> document = send(request("/v3/api-docs/" + name).timeout(Duration.ofMinutes(1)).GET());

			assertThat(document.statusCode()).as(name).isEqualTo(200);
			assertThat(JSON.readTree(document.body())).as("the running %s against docs/api/%s.json", name, name)
				.isEqualTo(JSON.readTree(Files.readString(REPOSITORY.resolve("docs/api/" + name + ".json"))));
		}
		JsonNode swaggerUi = JSON.readTree(send(request("/v3/api-docs/gateway/swagger-config").GET()).body());
		List<String> listed = new ArrayList<>();
		swaggerUi.path("urls").forEach((url) -> listed.add(url.path("url").asString()));
		assertThat(listed)
			.containsExactlyInAnyOrderElementsOf(documents.stream().map("/v3/api-docs/"::concat).toList());
		assertThat(send(request("/swagger-ui/index.html").GET()).statusCode()).isEqualTo(200);
	}

	@Test
	void answersTheFiguresOfAYearToAnOperationTriedFromSwaggerUi(@TempDir Path browserProfile) throws Exception {
		String token = token();
		try (SwaggerUiPage swaggerUi = SwaggerUiPage.open(TheSuite.gatewayUrl(), browserProfile)) {
			assertThat(swaggerUi.documents()).containsExactlyInAnyOrder("gateway", "accompaniment-service",
					"dla-service", "territory-service", "events-service", "reporting-service");
			swaggerUi.show("reporting-service", "Reports", "getYearlyReport");
			swaggerUi.authorize(token);

			List<String> answer = swaggerUi.tryOut("Reports", "getYearlyReport", "year", "2024");

			assertThat(answer.getFirst()).isEqualTo("200");
			assertThat(JSON.readTree(answer.get(1)).path("indicators").has("dla.structuresWelcomed")).isTrue();
		}
	}

	@Test
	void anAdminOpensAnAccountWhoseHolderLogsInRefreshesAndLogsOut() throws Exception {
		String username = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> opened = send(
				authorized(request("/api/accounts"), token()).POST(json(Map.of("username", username, "displayName",
						"Marie Dupont", "roles", List.of("VOLUNTEER"), "password", "trois-pommes-sur-le-buffet"))));
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);

		JsonNode login = JSON.readTree(send(request("/auth/token")
			.POST(json(Map.of("username", username, "password", "trois-pommes-sur-le-buffet")))).body());
		HttpResponse<String> me = send(
				authorized(request("/api/accounts/me"), login.path("access_token").asString()).GET());
		HttpResponse<String> refreshed = send(
				request("/auth/refresh").POST(json(Map.of("refresh_token", login.path("refresh_token").asString()))));
		String next = JSON.readTree(refreshed.body()).path("refresh_token").asString();
		HttpResponse<String> loggedOut = send(request("/auth/logout").POST(json(Map.of("refresh_token", next))));
		HttpResponse<String> afterLogout = send(request("/auth/refresh").POST(json(Map.of("refresh_token", next))));

		assertThat(JSON.readTree(me.body()).path("displayName").asString()).isEqualTo("Marie Dupont");
		assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
		assertThat(loggedOut.statusCode()).isEqualTo(204);
		assertThat(afterLogout.statusCode()).isEqualTo(401);
	}

	@Test
	void servesTheMetricsToTheScrapeTokenTheStackKeepsOnly() throws Exception {
		String scrapeToken = Files.readString(TheSuite.localDir().resolve("metrics-token")).strip();

		HttpResponse<String> anonymous = send(request("/actuator/prometheus").GET());
		// as Prometheus asks: the text format, not JSON
		HttpResponse<String> scrape = send(
				authorized(request("/actuator/prometheus"), scrapeToken).setHeader("Accept", "text/plain").GET());

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("pes21_logins_total");
	}

	@Test
	void answersAMalformedBodyWithAProblem() throws Exception {
		HttpResponse<String> response = send(authorized(request("/api/accompaniment/projects"), token())
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Coopérative\", \"programme\": ")));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	private static DemoLoader demoLoader() {
		return new DemoLoader(URI.create(TheSuite.gatewayUrl()), ADMIN_PASSWORD, REPOSITORY, System.out);
	}

	/**
	 * The report of the year once it shows the expected figures and has not moved for a
	 * second (the facts of a load are consumed asynchronously).
	 */
	private static JsonNode awaitSteadyReport(String token, int year, Map<String, Long> expected) {
		AtomicReference<JsonNode> report = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			HttpResponse<String> response = send(authorized(request("/api/reports/years/" + year), token).GET());
			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode body = JSON.readTree(response.body());
			JsonNode indicators = body.path("indicators");
			Map<String, Long> actual = new LinkedHashMap<>();
			expected.keySet().forEach((key) -> actual.put(key, indicator(indicators, key)));
			assertThat(actual).isEqualTo(expected);
			JsonNode previous = report.getAndSet(body);
			assertThat(previous).as("the report of a poll a second earlier").isNotNull();
			assertThat(body).isEqualTo(previous);
		});
		return report.get();
	}

	private static Map<String, Long> report2024() {
		Map<String, Long> report = new LinkedHashMap<>();
		report.put("dla.structuresWelcomed", 28L);
		report.put("dla.beneficiaryStructures", 46L);
		report.put("dla.individualDiagnostics", 14L);
		report.put("dla.individualEngineerings", 15L);
		report.put("dla.collectiveEngineerings", 3L);
		report.put("dla.collectiveEngineeringBeneficiaries", 17L);
		report.put("dla.postEngineeringFollowUps", 15L);
		report.put("accompaniment.projectsAccompanied.BENEFICE_CREA", 24L);
		report.put("accompaniment.projectsAccompanied.CRDVA", 20L);
		report.put("events.held.EXPERT_TALK", 10L);
		report.put("events.held.CFGA_WORKSHOP", 5L);
		report.put("events.held.COURSE", 8L);
		report.put("events.held.CLUB_EVENING", 4L);
		return report;
	}

	private static Map<String, Long> dla2023() {
		Map<String, Long> column = new LinkedHashMap<>();
		column.put("dla.structuresWelcomed", 30L);
		column.put("dla.beneficiaryStructures", 27L);
		column.put("dla.individualDiagnostics", 27L);
		column.put("dla.individualEngineerings", 15L);
		column.put("dla.collectiveEngineerings", 1L);
		column.put("dla.collectiveEngineeringBeneficiaries", 3L);
		column.put("dla.postEngineeringFollowUps", 2L);
		return column;
	}

}
