package fr.pes21.gateway;

import java.util.List;
import java.util.Map;

import fr.pes21.base.problem.ProblemTypes;
import fr.pes21.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole gateway on a random port, its database on the tests' MongoDB wire server, its
 * accompaniment and reporting routes pointed at a real HTTP {@link StubService}, its
 * events route at a port where nothing listens. Every subclass shares one application
 * context; the reader {@value #READER} has an account of its own.
 */
@WithRealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pes21.admin-password=" + GatewayIntegrationTest.ADMIN_PASSWORD,
				"pes21.jwt.secret=" + GatewayIntegrationTest.JWT_SECRET, "pes21.max-request-size=1KB" })
// Generous: a login hashes with bcrypt, and these machines run several builds at once.
@AutoConfigureWebTestClient(timeout = "PT1M")
public abstract class GatewayIntegrationTest {

	public static final String ADMIN_PASSWORD = "admin-password-for-tests";

	public static final String READER = "rita";

	public static final String READER_PASSWORD = "reader-password-for-tests";

	public static final String JWT_SECRET = "a-test-secret-of-at-least-32-bytes-long!";

	protected static final StubService service = StubService.start();

	/**
	 * Where the events route leads: a service that is down (one port for all its routes).
	 */
	private static final int DOWN_SERVICE_PORT = StubService.unusedPort();

	@DynamicPropertySource
	static void pointRoutesAtTheStubService(DynamicPropertyRegistry registry) {
		registry.add("ACCOMPANIMENT_URL", service::baseUrl);
		registry.add("REPORTING_URL", service::baseUrl);
		registry.add("EVENTS_URL", () -> "http://localhost:" + DOWN_SERVICE_PORT);
	}

	@Autowired
	protected WebTestClient client;

	@BeforeEach
	void forgetEarlierRequests() {
		service.forget();
	}

	/**
	 * The subclasses share one context, so one database: the reader's account is opened
	 * once.
	 */
	private static boolean readerOpened;

	@BeforeEach
	void openTheReadersAccount() {
		if (!readerOpened) {
			openAccount(READER, "Rita Lecture", List.of("READER"), READER_PASSWORD);
			readerOpened = true;
		}
	}

	/** Opens an account as admin, unless it is open already. */
	protected void openAccount(String username, String displayName, List<String> roles, String password) {
		this.client.post()
			.uri("/api/accounts")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", username, "displayName", displayName, "roles", roles, "password", password))
			.exchange()
			.expectStatus()
			.value((status) -> assertThat(status).isIn(201, 409));
	}

	/** The whole token answer of a login. */
	protected Map<String, Object> logIn(String username, String password) {
		return this.client.post()
			.uri("/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", username, "password", password))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	protected String tokenFor(String username, String password) {
		return (String) logIn(username, password).get("access_token");
	}

	protected String adminToken() {
		return tokenFor("admin", ADMIN_PASSWORD);
	}

	/**
	 * Asserts an RFC 9457 problem detail with the given status, of the suite's kind
	 * ({@code urn:pes21:problem:<kind>}, the title the services give it); the body is
	 * left to check further.
	 */
	protected static WebTestClient.BodyContentSpec expectProblem(WebTestClient.ResponseSpec response, HttpStatus status,
			String kind) {
		return response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:pes21:problem:" + kind)
			.jsonPath("$.title")
			.isEqualTo(ProblemTypes.title(kind, status))
			.jsonPath("$.status")
			.isEqualTo(status.value())
			.jsonPath("$.detail")
			.isNotEmpty();
	}

}
