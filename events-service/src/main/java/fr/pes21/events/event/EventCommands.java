package fr.pes21.events.event;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

import fr.pes21.platform.problem.UnknownResource;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Runs a command on an event: load, apply, save. The event document is versioned, so a
 * save that lost a race with another command (people registering for the last places at
 * once, on several instances of the service) fails with
 * {@link OptimisticLockingFailureException}; the command then runs again on a fresh copy,
 * after a short random pause, and decides on what is really there. A rule the fresh copy
 * breaks (the event got full, the e-mail got registered meanwhile) answers as such; only
 * a command that keeps losing answers {@code 409}. Within this instance, commands on the
 * same event wait for each other instead of racing, so that retries are only needed
 * between instances.
 */
@Component
class EventCommands {

	/**
	 * How long a command waits for this instance's earlier commands on the same event
	 * before it races them (still safely, through the version check).
	 */
	private static final Duration QUEUE_WAIT = Duration.ofSeconds(5);

	private final EventRepository events;

	/** Striped by event id: bounded memory, and fair so that the earliest goes first. */
	private final ReentrantLock[] queues = IntStream.range(0, 64)
		.mapToObj((stripe) -> new ReentrantLock(true))
		.toArray(ReentrantLock[]::new);

	private final RetryTemplate onConcurrentChange = new RetryTemplate(RetryPolicy.builder()
		.includes(OptimisticLockingFailureException.class)
		.maxRetries(20)
		.delay(Duration.ofMillis(10))
		.jitter(Duration.ofMillis(10))
		.multiplier(1.5)
		.maxDelay(Duration.ofMillis(250))
		.build());

	EventCommands(EventRepository events) {
		this.events = events;
	}

	/**
	 * Applies the command to the active event, saves it, and answers the command's
	 * answer.
	 */
	<T> T run(String eventId, Function<Event, T> command) {
		return run(eventId, this.events::active, command);
	}

	/**
	 * Applies the command to the event, withdrawn or not (an erasure of personal data),
	 * saves it, and answers the command's answer.
	 */
	<T> T runOnAny(String eventId, Function<Event, T> command) {
		return run(eventId, (id) -> this.events.findById(id).orElseThrow(() -> new UnknownResource("event", id)),
				command);
	}

	void runOnAny(String eventId, Consumer<Event> command) {
		runOnAny(eventId, (event) -> {
			command.accept(event);
			return null;
		});
	}

	private <T> T run(String eventId, Function<String, Event> load, Function<Event, T> command) {
		ReentrantLock queue = this.queues[Math.floorMod(eventId.hashCode(), this.queues.length)];
		boolean queued = waitForTurn(queue);
		try {
			return this.onConcurrentChange.invoke(() -> {
				Event event = load.apply(eventId);
				T answer = command.apply(event);
				this.events.save(event);
				return answer;
			});
		}
		finally {
			if (queued) {
				queue.unlock();
			}
		}
	}

	void run(String eventId, Consumer<Event> command) {
		run(eventId, (event) -> {
			command.accept(event);
			return null;
		});
	}

	private static boolean waitForTurn(ReentrantLock queue) {
		try {
			return queue.tryLock(QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
