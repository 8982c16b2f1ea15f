package fr.pes21.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Freshness of the live figures under load: each command registers a DLA structure and
 * welcomes it (two {@code POST}s through the gateway, each with its Idempotency-Key), at
 * a fixed rate of commands per second (Gatling's open model); meanwhile one client (the
 * JDK's) reads {@code GET /api/reports/live} through the gateway. Each rate has its own
 * year (2082, 2083, 2084...; 2081 for the warm-up), so {@code dla.structuresWelcomed} of
 * that year counts the phase's welcomes: the k-th welcome answered {@code 201} (in the
 * order of the answers) is on the stream when an {@code indicator} event of that year
 * says baseline + k or more. Latency = that event's arrival - the k-th answer; a miss = a
 * welcome answered whose count never came within {@code freshnessWaitSeconds} after the
 * last answer. The figures are written to {@code freshness.json} for BenchReport.
 */
public class FreshnessSimulation extends Simulation {

	private static final String KEY = "dla.structuresWelcomed";

	private static final int FIRST_YEAR = 2081;

	private static final Pattern EVENT = Pattern
		.compile("\"year\"\\s*:\\s*(\\d+).*\"key\"\\s*:\\s*\"([^\"]+)\".*\"value\"\\s*:\\s*(\\d+)");

	private static final Pattern FIGURE = Pattern.compile("\"" + Pattern.quote(KEY) + "\"\\s*:\\s*(\\d+)");

	private final BenchSettings settings = BenchSettings.load();

	private final String token = this.settings.adminToken();

	private final int[] rates = Arrays.stream(this.settings.text("freshnessRates", "10,50,100").split(","))
		.map(String::trim)
		.mapToInt(Integer::parseInt)
		.toArray();

	private final int seconds = this.settings.number("freshnessSeconds", 10);

	private final int waitSeconds = this.settings.number("freshnessWaitSeconds", 15);

	/** Per year: when each welcome was answered 201 (nanoTime). */
	private final Map<Integer, Queue<Long>> answered = new ConcurrentHashMap<>();

	/** Per year: each event of the indicator, {nanoTime, value}. */
	private final Map<Integer, Queue<long[]>> events = new ConcurrentHashMap<>();

	private final Map<Integer, Long> baselines = new ConcurrentHashMap<>();

	private final HttpClient client = HttpClient.newHttpClient();

	private volatile Thread reader;

	private volatile boolean finished;

	{
		this.settings.record("freshness");
		HttpProtocolBuilder protocol = http.shareConnections()
			.acceptHeader("application/json")
			.contentTypeHeader("application/json")
			.authorizationHeader("Bearer " + this.token)
			.warmUp(this.settings.gateway + "/livez");
		List<PopulationBuilder> phases = new ArrayList<>();
		phases.add(command("warm-up", FIRST_YEAR).injectOpen(constantUsersPerSec(5).during(5)));
		for (int i = 0; i < this.rates.length; i++) {
			phases.add(command("welcome at " + this.rates[i] + "/s", FIRST_YEAR + 1 + i)
				.injectOpen(constantUsersPerSec(this.rates[i]).during(this.seconds)));
		}
		setUp(Phases.inSequence(phases)).protocols(protocol);
	}

	private ScenarioBuilder command(String name, int year) {
		return scenario(name)
			.exec(http(name + ": register").post(this.settings.gateway + "/api/dla/structures")
				.header("Idempotency-Key", (session) -> UUID.randomUUID().toString())
				.body(StringBody((session) -> "{\"name\":\"Bench freshness " + UUID.randomUUID()
						+ "\",\"legalForm\":\"Association\",\"commune\":\"Dijon\"}"))
				.check(status().is(201), jsonPath("$.id").saveAs("id")))
			.exitHereIfFailed()
			.exec(http(name + ": welcome").post(this.settings.gateway + "/api/dla/structures/#{id}/welcome")
				.header("Idempotency-Key", (session) -> UUID.randomUUID().toString())
				.body(StringBody("{\"date\":\"" + year + "-06-15\"}"))
				.check(status().is(201)))
			.exec((session) -> {
				if (!session.isFailed()) {
					this.answered.computeIfAbsent(year, (y) -> new ConcurrentLinkedQueue<>()).add(System.nanoTime());
				}
				return session;
			});
	}

	@Override
	public void before() {
		for (int year = FIRST_YEAR; year <= FIRST_YEAR + this.rates.length; year++) {
			this.baselines.put(year, figure(year));
		}
		Thread thread = new Thread(this::listen, "live-stream");
		thread.setDaemon(true);
		thread.start();
		this.reader = thread;
		try {
			// the stream may send nothing, not even its headers, until a figure changes
			Thread.sleep(2000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private long figure(int year) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.settings.gateway + "/api/reports/years/" + year))
			.header("Authorization", "Bearer " + this.token)
			.header("Accept", "application/json")
			.build();
		try {
			String body = this.client.send(request, HttpResponse.BodyHandlers.ofString()).body();
			Matcher matcher = FIGURE.matcher(body);
			return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void listen() {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.settings.gateway + "/api/reports/live"))
			.header("Authorization", "Bearer " + this.token)
			.header("Accept", "text/event-stream")
			.build();
		try {
			HttpResponse<Stream<String>> response = this.client.send(request, HttpResponse.BodyHandlers.ofLines());
			try (Stream<String> lines = response.body()) {
				lines.forEach((line) -> {
					long at = System.nanoTime();
					if (line.startsWith("data:")) {
						Matcher matcher = EVENT.matcher(line);
						if (matcher.find() && KEY.equals(matcher.group(2))) {
							this.events
								.computeIfAbsent(Integer.parseInt(matcher.group(1)),
										(y) -> new ConcurrentLinkedQueue<>())
								.add(new long[] { at, Long.parseLong(matcher.group(3)) });
						}
					}
				});
			}
		}
		catch (IOException | RuntimeException ex) {
			if (!this.finished) {
				System.err.println("The live stream ended before the end of the run: " + ex);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void after() {
		waitForTheLastFigures();
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < this.rates.length; i++) {
			int year = FIRST_YEAR + 1 + i;
			long[] answers = this.answered.getOrDefault(year, new ConcurrentLinkedQueue<>())
				.stream()
				.mapToLong(Long::longValue)
				.sorted()
				.toArray();
			List<long[]> seen = new ArrayList<>(this.events.getOrDefault(year, new ConcurrentLinkedQueue<>()));
			long baseline = this.baselines.getOrDefault(year, 0L);
			List<Double> latencies = new ArrayList<>();
			int misses = 0;
			for (int k = 1; k <= answers.length; k++) {
				long needed = baseline + k;
				long answeredAt = answers[k - 1];
				long first = Long.MAX_VALUE;
				for (long[] event : seen) {
					if (event[1] >= needed) {
						first = Math.min(first, event[0]);
					}
				}
				if (first == Long.MAX_VALUE) {
					misses++;
				}
				else {
					latencies.add((first - answeredAt) / 1_000_000.0);
				}
			}
			latencies.sort(Double::compare);
			if (i > 0) {
				json.append(',');
			}
			json.append(String.format(Locale.ROOT,
					"{\"rate\":%d,\"year\":%d,\"answered\":%d,\"events\":%d,\"misses\":%d,\"p50\":%.1f,\"p99\":%.1f,"
							+ "\"max\":%.1f}",
					this.rates[i], year, answers.length, seen.size(), misses, percentile(latencies, 50),
					percentile(latencies, 99), latencies.isEmpty() ? Double.NaN : latencies.get(latencies.size() - 1)));
		}
		json.append(']');
		System.out.println("FRESHNESS " + json);
		try {
			Path out = Path.of(this.settings.text("out", "target/bench"));
			Files.createDirectories(out);
			Files.writeString(out.resolve("freshness-results.json"), json.toString().replace("NaN", "null"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.finished = true;
		if (this.reader != null) {
			this.reader.interrupt();
		}
	}

	/**
	 * Waits until every phase's count reached baseline + answered, or nothing new came
	 * for {@code freshnessWaitSeconds}.
	 */
	private void waitForTheLastFigures() {
		long quietSince = System.nanoTime();
		int lastSeen = -1;
		while (System.nanoTime() - quietSince < TimeUnit.SECONDS.toNanos(this.waitSeconds)) {
			int seen = this.events.values().stream().mapToInt(Queue::size).sum();
			if (seen != lastSeen) {
				lastSeen = seen;
				quietSince = System.nanoTime();
			}
			boolean complete = true;
			for (int i = 0; i < this.rates.length; i++) {
				int year = FIRST_YEAR + 1 + i;
				long expected = this.baselines.getOrDefault(year, 0L)
						+ this.answered.getOrDefault(year, new ConcurrentLinkedQueue<>()).size();
				long reached = this.events.getOrDefault(year, new ConcurrentLinkedQueue<>())
					.stream()
					.mapToLong((event) -> event[1])
					.max()
					.orElse(this.baselines.getOrDefault(year, 0L));
				complete &= reached >= expected;
			}
			if (complete) {
				return;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static double percentile(List<Double> sorted, int percentile) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

}
