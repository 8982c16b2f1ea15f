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
 * SIGKILL. Until {@link #detach() detached}, a shutdown hook stops them when this JVM
 * ends, so Ctrl-C or a dying test JVM leaves nothing behind. Once {@link #supervise()
 * supervised}, a process that dies is restarted ({@link Supervisor}).
 */
public final class RunningStack implements AutoCloseable {

	static final Duration STOP_GRACE = Duration.ofSeconds(30);

	private final StackConfig config;

	private final PrintStream out;

	private final List<StackProcess> processes = new CopyOnWriteArrayList<>();

	private final Thread shutdownHook = new Thread(this::stop, "pes21-local-stack-shutdown");

	private final CompletableFuture<Optional<String>> ended = new CompletableFuture<>();

	private volatile boolean stopping;

	private volatile Duration readyAfter;

	private volatile boolean launcherRecorded;

	private volatile String gaveUp;

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

	/**
	 * From now on, a process that dies is restarted (its output on this stack's output).
	 */
	public RunningStack supervise() {
		new Supervisor(this, this.out).start();
		return this;
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

	/** Whether every process runs and is ready. */
	boolean isReady() {
		return this.processes.stream().allMatch(StackProcess::isReady);
	}

	StackProcess launch(ProcessSpec spec) {
		StackProcess process = new StackProcess(spec, this.config);
		this.processes.add(process);
		return process.start();
	}

	/**
	 * Waits {@code delay}, then starts {@code process} again; false (and nothing started)
	 * if the stack is being stopped meanwhile.
	 */
	boolean restartAfter(StackProcess process, Duration delay) {
		long deadline = System.nanoTime() + delay.toNanos();
		synchronized (this) {
			while (!this.stopping && System.nanoTime() < deadline) {
				try {
					wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
			if (this.stopping) {
				return false;
			}
			process.restart();
			return true;
		}
	}

	void ready(Duration readyAfter) {
		this.readyAfter = readyAfter;
	}

	/**
	 * Records the launcher's own pid, so that {@code down} from another terminal stops
	 * the stack through it, and {@code status} and {@code restart} find its supervisor.
	 */
	void recordLauncher(boolean background) {
		PidFiles pidFiles = new PidFiles(this.config.runDir());
		pidFiles.write(PidFiles.LAUNCHER, ProcessHandle.current().pid(), this.config.ports().gateway());
		pidFiles.writeLauncherMode(background ? PidFiles.BACKGROUND : PidFiles.FOREGROUND);
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
	 * Blocks until the stack is stopped (empty) or the supervisor gave up on a process
	 * (why).
	 */
	Optional<String> awaitEnd() {
		return this.ended.join();
	}

	/** A process died too often: the stack stops. */
	void giveUp(String why) {
		this.gaveUp = why;
		stop();
	}

	/**
	 * SIGKILL to every process at once, as a crash of the machine would; nothing is
	 * restarted and the pid files stay, as after a crash. For the drills.
	 */
	synchronized void killAll() {
		this.stopping = true;
		notifyAll();
		this.processes.forEach(StackProcess::killNow);
		this.processes.forEach((process) -> process.waitForExit(Duration.ofSeconds(30)));
		detach();
		this.ended.complete(Optional.empty());
	}

	/** Stops every process, last started first. Safe to call more than once. */
	public synchronized void stop() {
		this.stopping = true;
		notifyAll();
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
			PidFiles pidFiles = new PidFiles(this.config.runDir());
			pidFiles.delete(PidFiles.LAUNCHER);
			pidFiles.deleteLauncherMode();
		}
		detach();
		this.ended.complete(Optional.ofNullable(this.gaveUp));
	}

	@Override
	public void close() {
		stop();
	}

}
