package fr.pes21.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test (not run by default): the suite's write throughput through the gateway, the
 * whole suite started as {@code ./pes21 up} starts it (free ports, empty data). A DLA
 * structure registered then welcomed, each {@code POST} with its Idempotency-Key (as
 * {@code ./pes21 demo} and the drills send them): {@value #SEQUENTIAL} pairs by one
 * client, one request at a time, then {@value #CONCURRENT} pairs by {@value #CLIENTS}
 * clients at once, after a warm-up. Prints {@code SUITE WRITE BENCHMARK} lines.
 * <p>
 * {@code ./mvnw -B -o -pl end-to-end -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=SuiteWriteBenchmark | grep 'SUITE WRITE BENCHMARK'}
 */
class SuiteWriteBenchmark {

	private static final Path REPOSITORY = Path.of(System.getProperty("pes21.root", "..")).toAbsolutePath().normalize();

	private static final int SEQUENTIAL = 150;

	private static final int CONCURRENT = 200;

	private static final int CLIENTS = 4;

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@TempDir
	Path localDir;

	@Test
	void measuresRecordingPostsPerSecondThroughTheGateway() throws Exception {
		String password = "bench-" + UUID.randomUUID();
		StackConfig config = StackConfig.forRepository(REPOSITORY)
			.withLocalDir(this.localDir)
			.withPorts(StackPorts.free())
			.withAdminPassword(password)
			.withJwtSecret(null);
		RunningStack stack = LocalStack.start(config);
		try {
			String token = token(stack.gatewayUrl(), password);
			welcome(stack.gatewayUrl(), token, "warm-up", 40);

			long start = System.nanoTime();
			welcome(stack.gatewayUrl(), token, "sequential", SEQUENTIAL);
			double sequential = 2 * SEQUENTIAL / ((System.nanoTime() - start) / 1e9);

			ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
			List<Future<?>> done = new ArrayList<>();
			start = System.nanoTime();
			for (int c = 0; c < CLIENTS; c++) {
				String name = "concurrent-" + c;
				done.add(clients.submit(() -> {
					welcome(stack.gatewayUrl(), token, name, CONCURRENT / CLIENTS);
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
			double concurrent = 2 * CONCURRENT / ((System.nanoTime() - start) / 1e9);
			clients.shutdown();
			System.out.println(String.format(Locale.ROOT,
					"SUITE WRITE BENCHMARK recording POSTs through the gateway: 1 client %.1f/s (%.1f ms each), "
							+ "%d clients %.1f/s",
					sequential, 1000 / sequential, CLIENTS, concurrent));
		}
		finally {
			stack.stop();
		}
	}

	/** {@code count} structures registered and welcomed, one request at a time. */
	private static void welcome(String gateway, String token, String name, int count) throws Exception {
		String run = name + "-" + UUID.randomUUID();
		for (int i = 0; i < count; i++) {
			String structure = created(post(gateway + "/api/dla/structures", token, run + "/s/" + i,
					"{\"name\":\"Banc d'essai " + i + "\",\"legalForm\":\"ASSOCIATION\",\"commune\":\"Dijon\"}"));
			created(post(gateway + "/api/dla/structures/" + structure + "/welcome", token, run + "/w/" + i,
					"{\"date\":\"2019-03-04\"}"));
		}
	}

	private static HttpResponse<String> post(String url, String token, String key, String body) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String created(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		String body = response.body();
		int start = body.indexOf("\"id\":\"") + 6;
		return body.substring(start, body.indexOf('"', start));
	}

	private static String token(String gateway, String password) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + password + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		String body = response.body();
		int start = body.indexOf("\"access_token\":\"") + 16;
		return body.substring(start, body.indexOf('"', start));
	}

}
