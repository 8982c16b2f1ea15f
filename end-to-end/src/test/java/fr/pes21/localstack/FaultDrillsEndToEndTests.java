package fr.pes21.localstack;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fault drills of issue 15, on one suite started as a user does
 * ({@code ./pes21 up --background}: the launcher detached, supervising): a careful client
 * ({@link RetryingClient}, three at once) records {@value #WELCOMES} DLA welcomes through
 * the gateway, each structure and welcome with its Idempotency-Key, retrying until
 * {@code 201}; a third of the way through, one fault: each process killed with SIGKILL in
 * turn (the supervisor restarts it), the MongoDB wire server paused with SIGSTOP for 10
 * s, and everything killed at once with the launcher (then {@code up --background} again,
 * as a machine's boot would). After each: every welcome answered {@code 201} is in
 * dla-service with the id it was answered with, and {@code dla.structuresWelcomed} of the
 * drill's own year counts each exactly once, without a rebuild. Also: {@code restart},
 * {@code status}, the addresses everything listens on, and a backup taken while the suite
 * runs, restored into a fresh directory, showing the same records and figures. Prints
 * {@code DRILL ...} lines (the table of the issue, the time from each fault to the first
 * {@code 201} after it); asserts none of the times.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// Started first (failsafe orders the classes by @Order) and run beside the classes that
// share TheSuite (end-to-end/pom.xml): its own suite, its own ports and directory.
@Order(1)
class FaultDrillsEndToEndTests {

	private static final Path REPOSITORY = Path.of(System.getProperty("pes21.root", "..")).toAbsolutePath().normalize();

	private static final String ADMIN_PASSWORD = "drill-" + UUID.randomUUID();

	private static final int WELCOMES = 18;

	private static final int FAULT_AFTER = WELCOMES / 3;

	private static final int CLIENTS = 3;

	private static final String WELCOMED = "dla.structuresWelcomed";

	private static final List<String> TABLE = new ArrayList<>();

	/** Structure id to the welcome id answered, of every drill so far. */
	private static final Map<String, String> WELCOMED_SO_FAR = new ConcurrentHashMap<>();

	private static final Map<Integer, Long> FIGURES_AT_BACKUP = new LinkedHashMap<>();

	private static final Map<String, String> WELCOMES_AT_BACKUP = new HashMap<>();

	private static final List<Integer> YEARS_AFTER_BACKUP = new ArrayList<>();

	@TempDir
	static Path workDirectory;

	private static Path localDir;

	private static Path restoredDir;

	private static Path backup;

	private static StackConfig config;

	private static LauncherProcess launcher;

	private static RetryingClient client;

	private static final List<Long> PIDS_SEEN = new ArrayList<>();

	@BeforeAll
	static void startTheSuiteInTheBackground() {
		localDir = workDirectory.resolve("local");
		restoredDir = workDirectory.resolve("restored");
		backup = workDirectory.resolve("pes21-backup.zip");
		StackPorts ports = StackPorts.free();
		Map<String, String> environment = new HashMap<>();
		environment.put("PES21_ADMIN_PASSWORD", ADMIN_PASSWORD);
		environment.put("PES21_GATEWAY_PORT", Integer.toString(ports.gateway()));
		environment.put("PES21_KAFKA_PORT", Integer.toString(ports.kafka()));
		environment.put("PES21_MONGO_PORT", Integer.toString(ports.mongo()));
		ports.services().forEach((service, port) -> environment.put(service.portVariable(), Integer.toString(port)));
		launcher = new LauncherProcess(REPOSITORY, environment);
		config = StackConfig.forRepository(REPOSITORY, Map.of()).withLocalDir(localDir).withPorts(ports);
		client = new RetryingClient(config.gatewayUrl(), ADMIN_PASSWORD);
		up(localDir);
	}

	@AfterAll
	static void stopEverything() {
		if (launcher != null) {
			launcher.run(Duration.ofMinutes(5), "down", "--local-dir", localDir.toString());
			launcher.run(Duration.ofMinutes(5), "down", "--local-dir", restoredDir.toString());
		}
		System.out.println("DRILL table: process killed | answered 201 | counted afterwards | what happened");
		TABLE.forEach((row) -> System.out.println("DRILL table: " + row));
		assertThat(PIDS_SEEN).as("no process of the drills left running")
			.noneMatch((pid) -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
	}

	@Test
	@Order(1)
	void everythingButTheGatewayListensOnTheLoopbackOnly() {
		for (ProcessSpec spec : Topology.all(config)) {
			List<InetAddress> addresses = ListeningSockets.addressesOf(spec.port());
			if (spec.name().equals("gateway")) {
				assertThat(addresses).as("gateway").anyMatch(InetAddress::isAnyLocalAddress);
			}
			else {
				assertThat(addresses).as(spec.name()).isNotEmpty().allMatch(InetAddress::isLoopbackAddress);
			}
		}
	}

	@Test
	@Order(3)
	void kafkaKilled() {
		drill("kafka", 2002, () -> kill("kafka"));
	}

	@Test
	@Order(4)
	void mongoKilled() {
		drill("mongo", 2003, () -> kill("mongo"));
	}

	@Test
	@Order(5)
	void dlaServiceKilled() {
		drill("dla-service", 2004, () -> kill("dla-service"));
	}

	@Test
	@Order(6)
	void theConsumerAndTheServicesOutsideTheDlaPathKilledTogether() {
		// reporting-service dies while it consumes the welcomes (each must count once
		// after its restart); accompaniment, territory and events take no part in a
		// welcome and show that the others' deaths disturb nothing. Killed at once, their
		// restarts overlap: one drill instead of two keeps CI short.
		drill("reporting-, accompaniment-, territory- and events-service", 2005,
				() -> kill("reporting-service", "accompaniment-service", "territory-service", "events-service"));
	}

	@Test
	@Order(7)
	void gatewayKilled() {
		drill("gateway", 2006, () -> kill("gateway"));
	}

	@Test
	@Order(8)
	void aBackupIsTakenWhileTheSuiteRuns() {
		launcher.run(Duration.ofMinutes(3), "backup", backup.toString(), "--local-dir", localDir.toString())
			.succeeded();

		for (int year = 2002; year <= 2006; year++) {
			FIGURES_AT_BACKUP.put(year, figure(year, WELCOMED));
		}
		WELCOMES_AT_BACKUP.putAll(WELCOMED_SO_FAR);
		assertThat(FIGURES_AT_BACKUP.values()).containsOnly((long) WELCOMES);
	}

	@Test
	@Order(9)
	void mongoPausedForTenSeconds() {
		ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
		try {
			drill("mongo (SIGSTOP 10 s)", 2007, () -> {
				long pid = pid("mongo");
				Signals.pause(pid);
				timer.schedule(() -> Signals.resume(pid), 10, TimeUnit.SECONDS);
				return "paused for 10 s, then resumed";
			});
		}
		finally {
			timer.shutdown();
		}
		YEARS_AFTER_BACKUP.add(2007);
	}

	@Test
	@Order(10)
	void everythingKilledAtOnce() {
		drill("everything at once", 2008, () -> {
			List<ProcessHandle> all = new ArrayList<>();
			new PidFiles(config.runDir()).process(PidFiles.LAUNCHER).ifPresent(all::add);
			for (ProcessSpec spec : Topology.all(config)) {
				new PidFiles(config.runDir()).process(spec.name()).ifPresent(all::add);
			}
			assertThat(all).hasSize(Topology.all(config).size() + 1);
			all.forEach(ProcessHandle::destroyForcibly);
			all.forEach((process) -> process.onExit().orTimeout(30, TimeUnit.SECONDS).join());
			// as a machine booting again: the launcher runs ./pes21 up
			up(localDir);
			return "launcher and all " + (all.size() - 1) + " processes killed with SIGKILL; up --background again";
		});
		YEARS_AFTER_BACKUP.add(2008);
	}

	@Test
	@Order(11)
	void restartRestartsOneProcessAndStatusShowsTheRestarts() {
		long before = pid("reporting-service");

		launcher.run(Duration.ofMinutes(5), "restart", "reporting-service", "--local-dir", localDir.toString())
			.succeeded();

		assertThat(pid("reporting-service")).isNotEqualTo(before);
		PIDS_SEEN.add(pid("reporting-service"));
		LauncherProcess.Run status = launcher.run(Duration.ofMinutes(2), "status", "--local-dir", localDir.toString());
		assertThat(status.exitCode()).as(status.stdout()).isZero();
		assertThat(status.stdout())
			.containsPattern("reporting-service .* ready +restarted 1x, last .*restarted on request")
			.contains("supervised by the launcher")
			.contains("in the background");
	}

	@Test
	@Order(12)
	void theBackupRestoredIntoAFreshDirectoryHasTheSameRecordsAndFigures() {
		launcher.run(Duration.ofMinutes(5), "down", "--local-dir", localDir.toString()).succeeded();

		launcher.run(Duration.ofMinutes(3), "restore", backup.toString(), "--local-dir", restoredDir.toString())
			.succeeded();
		up(restoredDir);

		RetryingClient restored = new RetryingClient(config.gatewayUrl(), ADMIN_PASSWORD);
		Map<Integer, Long> figures = new LinkedHashMap<>();
		FIGURES_AT_BACKUP.keySet().forEach((year) -> figures.put(year, figure(restored, year, WELCOMED)));
		assertThat(figures).isEqualTo(FIGURES_AT_BACKUP);
		for (int year : YEARS_AFTER_BACKUP) {
			assertThat(figure(restored, year, WELCOMED)).as("a figure of %d, after the backup", year).isZero();
		}
		WELCOMES_AT_BACKUP.forEach((structure,
				welcome) -> assertThat(
						restored.read("/api/dla/structures/" + structure + "/welcome").path("id").asString())
					.isEqualTo(welcome));
	}

	/**
	 * One drill: the load, the fault a third of the way through, then the checks. The
	 * year is the drill's own, so that its figure counts its welcomes only.
	 */
	private static void drill(String what, int year, Fault fault) {
		String run = what.replaceAll("[^a-z-]", "") + "-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> answered = new ConcurrentHashMap<>();
		AtomicInteger welcomed = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		List<Future<?>> loads = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			int first = c;
			loads.add(clients.submit(() -> {
				for (int i = first; i < WELCOMES; i += CLIENTS) {
					String structure = client
						.record("/api/dla/structures", run + "/structure/" + i, Map.of("name",
								"Exercice " + what + " " + i, "legalForm", "ASSOCIATION", "commune", "Dijon"))
						.path("id")
						.asString();
					String welcome = client
						.record("/api/dla/structures/" + structure + "/welcome", run + "/welcome/" + i,
								Map.of("date", year + "-06-15"))
						.path("id")
						.asString();
					answered.put(structure, welcome);
					welcomed.incrementAndGet();
				}
				return null;
			}));
		}
		String happened;
		Instant faultAt;
		try {
			await().atMost(Duration.ofMinutes(3))
				.until(() -> welcomed.get() >= FAULT_AFTER || loads.stream().allMatch(Future::isDone));
			faultAt = Instant.now();
			happened = fault.inject();
			for (Future<?> load : loads) {
				load.get(15, TimeUnit.MINUTES);
			}
		}
		catch (Exception ex) {
			throw new AssertionError("the load of drill " + what + " failed", ex);
		}
		finally {
			clients.shutdownNow();
		}
		Optional<Instant> firstCreated = client.firstCreatedForARequestSentAfter(faultAt);
		String toFirst201 = firstCreated
			.map((at) -> String.format(Locale.ROOT, "%.1f s", Duration.between(faultAt, at).toMillis() / 1000.0))
			.orElse("none");
		awaitEveryProcessReady();

		AtomicReference<String> missing = new AtomicReference<>();
		answered.forEach((structure, welcome) -> {
			String kept = client.read("/api/dla/structures/" + structure + "/welcome").path("id").asString();
			if (!welcome.equals(kept)) {
				missing.set(structure + ": answered " + welcome + ", dla-service has " + kept);
			}
		});
		long counted = awaitSteadyFigure(year, WELCOMES);
		String row = String.format(Locale.ROOT, "%s | %d | %d | %s; first 201 to a request sent after it: %s", what,
				answered.size(), counted, happened, toFirst201);
		TABLE.add(row);
		System.out.println("DRILL row: " + row);
		System.out
			.println("DRILL figure: " + what + ", fault to the first 201 of a request sent after it = " + toFirst201);
		WELCOMED_SO_FAR.putAll(answered);

		assertThat(answered).hasSize(WELCOMES);
		assertThat(missing.get()).as("a welcome answered 201 that dla-service does not hold as answered").isNull();
		assertThat(counted).as("%s of %d", WELCOMED, year).isEqualTo(WELCOMES);
	}

	/** A fault; what happened, for the table. */
	@FunctionalInterface
	private interface Fault {

		String inject();

	}

	private static String kill(String... names) {
		Map<String, Long> pids = new LinkedHashMap<>();
		for (String name : names) {
			pids.put(name, pid(name));
		}
		Instant killed = Instant.now();
		pids.values().forEach((pid) -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
		await().atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> pids.entrySet().stream().allMatch((one) -> isBackAndReady(one.getKey(), one.getValue())));
		pids.keySet().forEach((name) -> PIDS_SEEN.add(pid(name)));
		return String.format(Locale.ROOT, "SIGKILL; the supervisor restarted %s, ready %.1f s after the kill",
				(names.length == 1) ? "it" : "them", Duration.between(killed, Instant.now()).toMillis() / 1000.0);
	}

	/** Whether another process than {@code killedPid} runs as {@code name}, ready. */
	private static boolean isBackAndReady(String name, long killedPid) {
		return new PidFiles(config.runDir()).process(name).map((process) -> process.pid() != killedPid).orElse(false)
				&& spec(name).isReady();
	}

	private static long pid(String name) {
		return new PidFiles(config.runDir()).process(name)
			.map(ProcessHandle::pid)
			.orElseThrow(() -> new AssertionError(name + " does not run"));
	}

	private static ProcessSpec spec(String name) {
		return Topology.all(config).stream().filter((spec) -> spec.name().equals(name)).findFirst().orElseThrow();
	}

	private static void up(Path directory) {
		launcher
			.run(Duration.ofMinutes(8), "up", "--background", "--local-dir", directory.toString(), "--timeout", "400")
			.succeeded();
		StackConfig started = config.withLocalDir(directory);
		PidFiles pidFiles = new PidFiles(started.runDir());
		pidFiles.process(PidFiles.LAUNCHER).map(ProcessHandle::pid).ifPresent(PIDS_SEEN::add);
		for (ProcessSpec spec : Topology.all(started)) {
			pidFiles.process(spec.name()).map(ProcessHandle::pid).ifPresent(PIDS_SEEN::add);
		}
	}

	private static void awaitEveryProcessReady() {
		await().atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> Topology.all(config)
				.stream()
				.allMatch((spec) -> new PidFiles(config.runDir()).process(spec.name()).isPresent() && spec.isReady()));
	}

	/**
	 * The figure once it shows {@code expected} and has not moved for a second, or the
	 * figure it settled on instead (the facts are consumed asynchronously).
	 */
	private static long awaitSteadyFigure(int year, long expected) {
		AtomicReference<Long> last = new AtomicReference<>();
		try {
			await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
				long now = figure(year, WELCOMED);
				Long previous = last.getAndSet(now);
				return now == expected && previous != null && previous == now;
			});
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			// reported by the caller's assertion, with the figure it settled on
		}
		return last.get();
	}

	private static long figure(int year, String indicator) {
		return figure(client, year, indicator);
	}

	private static long figure(RetryingClient reader, int year, String indicator) {
		JsonNode value = reader.read("/api/reports/years/" + year).path("indicators").get(indicator);
		return (value != null && value.isNumber()) ? value.longValue() : 0;
	}

}
