package fr.pes21.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import fr.pes21.contracts.FactEnvelope;
import fr.pes21.contracts.Topics;
import fr.pes21.contracts.events.RegistrationCancelled;
import fr.pes21.contracts.events.RegistrationMovedUp;
import fr.pes21.contracts.events.RegistrationReceived;
import fr.pes21.testsupport.FactsOnTopic;
import fr.pes21.testsupport.TestTokens;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fifty people register at once for ten places, over HTTP, from fifty threads released
 * together, half of them through a second instance of the service on the same database:
 * the event's capacity holds (never an eleventh confirmed place), no registration is
 * refused for having raced another, and the facts say the same as the answers.
 */
@WithRealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistrationConcurrencyIntegrationTests {

	private static final int PLACES = 10;

	private static final int PEOPLE = 50;

	private static final String STAFF = TestTokens.bearer("alice", "STAFF");

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final ExecutorService threads = Executors.newFixedThreadPool(PEOPLE);

	@LocalServerPort
	int port;

	/** A second instance of the service, on the same database and broker. */
	private ConfigurableApplicationContext secondInstance;

	private int secondPort;

	@Autowired
	Clock clock;

	@BeforeEach
	void startASecondInstance() {
		this.secondInstance = new SpringApplicationBuilder(EventsServiceApplication.class).run("--server.port=0");
		this.secondPort = Integer.parseInt(this.secondInstance.getEnvironment().getProperty("local.server.port"));
	}

	@AfterEach
	void stop() {
		this.threads.shutdownNow();
		this.secondInstance.close();
	}

	@Test
	void fiftyParallelRegistrationsForTenPlacesConfirmTenAndWaitlistFortyAndCancellationsMoveUpAsMany()
			throws Exception {
		String event = idOf(send(post("/api/events", """
				{"title": "Soirée du Club", "kind": "CLUB_EVENING", "startsAt": "%s", "capacity": %d}
				""".formatted(Instant.now(this.clock).plus(Duration.ofDays(7)), PLACES))));
		String registrations = "/api/events/" + event + "/registrations";

		List<HttpResponse<String>> answers = all(IntStream.range(0, PEOPLE)
			.mapToObj((i) -> post((i % 2 == 0) ? this.port : this.secondPort, registrations, """
					{"name": "Person %d", "email": "person%d@example.org"}
					""".formatted(i, i)))
			.toList());

		assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
		// Each instance answered its half: the Location it builds names its own port.
		assertThat(answers.stream()
			.collect(Collectors.groupingBy(RegistrationConcurrencyIntegrationTests::answeredBy, Collectors.counting())))
			.isEqualTo(Map.of(this.port, (long) PEOPLE / 2, this.secondPort, (long) PEOPLE / 2));
		Map<String, String> statusById = answers.stream()
			.collect(Collectors.toMap(RegistrationConcurrencyIntegrationTests::idOf,
					(answer) -> JsonPath.read(answer.body(), "$.status")));
		assertThat(statusById.values().stream().filter("CONFIRMED"::equals)).hasSize(PLACES);
		assertThat(statusById.values().stream().filter("WAITLISTED"::equals)).hasSize(PEOPLE - PLACES);
		String read = send(get("/api/events/" + event)).body();
		assertThat(JsonPath.<Integer>read(read, "$.confirmed")).isEqualTo(PLACES);
		assertThat(JsonPath.<Integer>read(read, "$.waitlisted")).isEqualTo(PEOPLE - PLACES);

		try (FactsOnTopic topic = FactsOnTopic.onRealInfrastructure(Topics.EVENTS, Set.of(event))) {
			await().atMost(Duration.ofSeconds(60)).until(() -> received(topic.pollFacts()).size() == PEOPLE);

			Map<String, String> factStatusById = new HashMap<>();
			received(topic.pollFacts())
				.forEach((fact) -> factStatusById.put(fact.registrationId(), fact.status().name()));
			assertThat(factStatusById).isEqualTo(statusById);

			// The waiting list in the order the registrations were received.
			List<String> order = JsonPath.read(send(get(registrations + "?size=200")).body(), "$.items[*].id");
			List<String> waitlisted = order.stream().filter((id) -> "WAITLISTED".equals(statusById.get(id))).toList();
			List<String> cancelled = order.stream()
				.filter((id) -> "CONFIRMED".equals(statusById.get(id)))
				.limit(3)
				.toList();

			List<HttpResponse<String>> cancellations = all(IntStream.range(0, cancelled.size())
				.mapToObj((i) -> delete((i % 2 == 0) ? this.port : this.secondPort,
						registrations + "/" + cancelled.get(i)))
				.toList());

			assertThat(cancellations).extracting(HttpResponse::statusCode).containsOnly(204);
			String after = send(get(registrations + "?size=200")).body();
			assertThat(JsonPath.<List<String>>read(after, "$.items[?(@.status == 'CONFIRMED')].id")).hasSize(PLACES)
				.containsAll(waitlisted.subList(0, 3));
			assertThat(JsonPath.<List<String>>read(after, "$.items[?(@.status == 'WAITLISTED')].id"))
				.containsExactlyElementsOf(waitlisted.subList(3, waitlisted.size()));
			assertThat(JsonPath.<List<String>>read(after, "$.items[*].id")).doesNotContainAnyElementsOf(cancelled);

			await().atMost(Duration.ofSeconds(60))
				.until(() -> topic.pollFacts().size() == PEOPLE + 1 + 2 * cancelled.size());
			List<FactEnvelope> facts = topic.pollFacts();
			assertThat(facts.stream().map(FactEnvelope::fact).filter(RegistrationCancelled.class::isInstance))
				.extracting((fact) -> ((RegistrationCancelled) fact).registrationId())
				.containsExactlyInAnyOrderElementsOf(cancelled);
			assertThat(facts.stream().map(FactEnvelope::fact).filter(RegistrationMovedUp.class::isInstance))
				.extracting((fact) -> ((RegistrationMovedUp) fact).registrationId())
				.containsExactlyElementsOf(waitlisted.subList(0, 3));
		}
	}

	private static List<RegistrationReceived> received(List<FactEnvelope> facts) {
		return facts.stream()
			.map(FactEnvelope::fact)
			.filter(RegistrationReceived.class::isInstance)
			.map(RegistrationReceived.class::cast)
			.toList();
	}

	/** Sends the requests from as many threads, released together. */
	private List<HttpResponse<String>> all(List<HttpRequest> requests) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> pending = new ArrayList<>();
		for (HttpRequest request : requests) {
			Callable<HttpResponse<String>> call = () -> {
				start.await();
				return send(request);
			};
			pending.add(this.threads.submit(call));
		}
		start.countDown();
		List<HttpResponse<String>> answers = new ArrayList<>();
		for (Future<HttpResponse<String>> answer : pending) {
			answers.add(answer.get(3, TimeUnit.MINUTES));
		}
		return answers;
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest post(String path, String body) {
		return post(this.port, path, body);
	}

	private HttpRequest post(int port, String path, String body) {
		return request(port, path).header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private HttpRequest get(String path) {
		return request(this.port, path).GET().build();
	}

	private HttpRequest delete(int port, String path) {
		return request(port, path).DELETE().build();
	}

	private static HttpRequest.Builder request(int port, String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header(HttpHeaders.AUTHORIZATION, STAFF)
			.timeout(Duration.ofMinutes(2));
	}

	/** The port of the instance that answered, from the Location it built. */
	private static int answeredBy(HttpResponse<String> answer) {
		return URI.create(answer.headers().firstValue(HttpHeaders.LOCATION).orElseThrow()).getPort();
	}

	private static String idOf(HttpResponse<String> answer) {
		return JsonPath.read(answer.body(), "$.id");
	}

}
