package fr.pes21.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The processes of a started local stack, in start order. {@link #stop()} stops them in
 * reverse order (gateway first, Kafka last), each with SIGTERM, a bounded wait, then
 * SIGKILL. Until {@link #detach() detached} (what {@code up --background} does), a
 * shutdown hook stops them when this JVM ends, so Ctrl-C or a dying test JVM leaves
 * nothing behind.
 */
public final class RunningStack implements AutoCloseable {

	static final Duration STOP_GRACE = Duration.ofSeconds(30);

	private final StackConfig config;

	private final PrintStream out;

	private final List<StackProcess> processes = new CopyOnWriteArrayList<>();

	private final Thread shutdownHook = new Thread(this::stop, "pes21-local-stack-shutdown");

	private volatile boolean stopping;

	private volatile Duration readyAfter;

	private volatile boolean launcherRecorded;

	RunningStack(StackConfig config, PrintStream out) {
		this.config = config;
		this.out = out;
		Runtime.getRuntime().addShutdownHook(this.shutdownHook);
	}

	/** The only door of the suite, e.g. {@code http://localhost:8080}. */
	public String gatewayUrl() {
		return this.config.gatewayUrl();
	}

	/** Process name to pid, in start order. */
	public Map<String, Long> pids() {
		Map<String, Long> pids = new LinkedHashMap<>();
		this.processes.forEach((process) -> pids.put(process.name(), process.pid()));
		return pids;
	}

	/** From the call to start to the last process ready. */
	public Duration readyAfter() {
		return this.readyAfter;
	}

	/** Resident memory of all the stack's processes, in KiB (Linux). */
	public long totalRssKiB() {
		return this.processes.stream().mapToLong(StackProcess::rssKiB).sum();
	}

	/** Each process's time from start to ready. */
	public Map<String, Duration> startupTimes() {
		Map<String, Duration> times = new LinkedHashMap<>();
		this.processes.forEach((process) -> times.put(process.name(), process.startupTime()));
		return times;
	}

	public StackConfig config() {
		return this.config;
	}

	StackProcess process(String name) {
		return this.processes.stream()
			.filter((process) -> process.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("No process " + name + " in " + pids().keySet()));
	}

	List<StackProcess> processes() {
		return List.copyOf(this.processes);
	}

	boolean isStopping() {
		return this.stopping;
	}

	StackProcess launch(ProcessSpec spec) {
		StackProcess process = new StackProcess(spec, this.config);
		this.processes.add(process);
		return process.start();
	}

	void ready(Duration readyAfter) {
		this.readyAfter = readyAfter;
	}

	/**
	 * Records the launcher's own pid, so that {@code down} from another terminal stops a
	 * foreground stack.
	 */
	void recordLauncher() {
		new PidFiles(this.config.runDir()).write(PidFiles.LAUNCHER, ProcessHandle.current().pid(),
				this.config.ports().gateway());
		this.launcherRecorded = true;
	}

	/** Leaves the processes running when this JVM ends. */
	void detach() {
		try {
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		}
		catch (IllegalStateException ex) {
			// already shutting down: the hook runs
		}
	}

	/**
	 * Blocks until one of the processes ends; that process, unless the stack is being
	 * stopped (then empty).
	 */
	Optional<StackProcess> awaitUnexpectedExit() {
		List<CompletableFuture<StackProcess>> exits = new ArrayList<>();
		this.processes.forEach((process) -> exits.add(process.onExit()));
		Object ended = CompletableFuture.anyOf(exits.toArray(CompletableFuture[]::new)).join();
		return this.stopping ? Optional.empty() : Optional.of((StackProcess) ended);
	}

	/** Stops every process, last started first. Safe to call more than once. */
	public synchronized void stop() {
		this.stopping = true;
		List<StackProcess> reversed = new ArrayList<>(this.processes).reversed();
		for (StackProcess process : reversed) {
			if (process.isAlive()) {
				long start = System.nanoTime();
				boolean clean = process.stop(STOP_GRACE);
				this.out.printf("  stopped %-22s %s in %.1f s%n", process.name(),
						clean ? "cleanly" : "by SIGKILL after " + STOP_GRACE.toSeconds() + " s",
						(System.nanoTime() - start) / 1e9);
			}
			else {
				process.stop(STOP_GRACE);
			}
		}
		if (this.launcherRecorded) {
			new PidFiles(this.config.runDir()).delete(PidFiles.LAUNCHER);
		}
		detach();
	}

	@Override
	public void close() {
		stop();
	}

}
