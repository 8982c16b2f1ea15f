package fr.pes21.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Restarts a process of the stack that dies, each in a thread of its own so that several
 * deaths are dealt with side by side: it waits for the process to end, logs how, waits
 * the {@link RestartPolicy}'s delay (none when {@code ./pes21 restart} asked for it),
 * starts it again with the same command and waits until it is ready. Each restart is
 * logged on the launcher's output and recorded in the {@link RestartHistory} that
 * {@code ./pes21 status} shows. A process that dies too often is given up on: the stack
 * stops. Nothing is restarted once the stack is being stopped.
 */
final class Supervisor {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final RunningStack stack;

	private final RestartPolicy policy;

	private final RestartHistory history;

	private final PrintStream out;

	Supervisor(RunningStack stack, PrintStream out) {
		this.stack = stack;
		this.policy = stack.config().restartPolicy();
		this.history = new RestartHistory(stack.config().runDir());
		this.out = out;
	}

	void start() {
		for (StackProcess process : this.stack.processes()) {
			Thread.ofPlatform().daemon().name("supervise-" + process.name()).start(() -> {
				try {
					watch(process);
				}
				catch (RuntimeException ex) {
					String why = "Supervising " + process.name() + " failed: " + ex.getMessage();
					log("%s", why);
					this.stack.giveUp(why);
				}
			});
		}
	}

	private void watch(StackProcess process) {
		Deque<Instant> deaths = new ArrayDeque<>();
		while (!this.stack.isStopping()) {
			while (process.isAlive() && !this.stack.isStopping()) {
				process.waitForExit(Duration.ofSeconds(5));
			}
			if (this.stack.isStopping()) {
				return;
			}
			Instant now = Instant.now();
			String ended = process.exitDescription();
			Duration delay = Duration.ZERO;
			String reason;
			if (this.history.takeRestartRequest(process.name())) {
				reason = "restarted on request (" + ended + ")";
				log("%s stopped on request (%s); restarting it now", process.name(), ended);
			}
			else {
				deaths.addLast(now);
				while (deaths.getFirst().isBefore(now.minus(this.policy.window()))) {
					deaths.removeFirst();
				}
				if (deaths.size() > this.policy.maxRestarts()) {
					String why = process.label() + " died " + deaths.size() + " times within "
							+ this.policy.window().toMinutes() + " min (last: " + ended + "); giving up."
							+ StackStarter.logTail(process);
					log("%s", why);
					this.stack.giveUp(why);
					return;
				}
				delay = this.policy.delayBefore(deaths.size());
				reason = ended;
				log("%s died (%s); restarting it in %s (restart %d of at most %d within %d min)", process.name(), ended,
						seconds(delay), deaths.size(), this.policy.maxRestarts(), this.policy.window().toMinutes());
			}
			this.history.record(process.name(), now, reason);
			if (!this.stack.restartAfter(process, delay)) {
				return;
			}
			awaitReady(process);
		}
	}

	private void awaitReady(StackProcess process) {
		Instant deadline = Instant.now().plus(this.stack.config().readinessTimeout());
		while (!this.stack.isStopping() && process.isAlive()) {
			if (process.isReady()) {
				process.markReady();
				log("%s ready again on port %d in %.1f s (pid %d)", process.name(), process.port(),
						process.startupTime().toMillis() / 1000.0, process.pid());
				return;
			}
			if (Instant.now().isAfter(deadline)) {
				log("%s was not ready within %d s after its restart; killing it", process.name(),
						this.stack.config().readinessTimeout().toSeconds());
				process.kill();
				return;
			}
			process.waitForExit(Duration.ofMillis(250));
		}
	}

	private void log(String format, Object... arguments) {
		this.out.println("[" + LocalTime.now(ZoneId.systemDefault()).format(TIME) + "] " + format.formatted(arguments));
	}

	private static String seconds(Duration duration) {
		return (duration.toMillis() % 1000 == 0) ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
	}

}
