package fr.pes21.reporting.live;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import fr.pes21.reporting.live.LiveFigures.Numbered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open stream of {@code GET /api/reports/live}, and its own sender.
 * <p>
 * The changes are put in the client's bounded queue ({@link #offer}, which never blocks)
 * and written by a thread of its own, so that a slow or stalled client delays nobody but
 * itself: not the consumption of the facts, not the other clients. A client whose queue
 * is full is dropped by {@link LiveFigures}; it reconnects with {@code Last-Event-ID} and
 * loses nothing. The sender also writes the heartbeats, and ends the stream when the
 * client's token expires.
 */
final class LiveClient {

	private static final Logger logger = LoggerFactory.getLogger(LiveClient.class);

	private static final AtomicLong numbers = new AtomicLong();

	/** How long a token without expiry lasts. */
	private static final Duration FOREVER = Duration.ofDays(365_000);

	private final SseEmitter emitter = new SseEmitter(0L);

	private final String user;

	private final Instant expiresAt;

	private final BlockingQueue<Numbered> queue;

	private final Duration heartbeat;

	private final Clock clock;

	private final AtomicBoolean closed = new AtomicBoolean();

	private final Thread sender;

	private List<Numbered> replay = List.of();

	private Consumer<LiveClient> gone = (client) -> {
	};

	/**
	 * @param user the token's subject
	 * @param expiresAt when the token expires, or {@code null} for a token that never
	 * does
	 * @param capacity how many changes may wait for the client
	 * @param heartbeat the longest the stream stays silent
	 */
	LiveClient(String user, Instant expiresAt, int capacity, Duration heartbeat, Clock clock) {
		this.user = user;
		this.expiresAt = expiresAt;
		this.queue = new LinkedBlockingQueue<>(capacity);
		this.heartbeat = heartbeat;
		this.clock = clock;
		// No user in the name: thread names reach the logs.
		this.sender = Thread.ofVirtual().name("live-client-" + numbers.incrementAndGet()).unstarted(this::send);
		this.emitter.onCompletion(this::close);
		this.emitter.onTimeout(this::close);
		this.emitter.onError((ex) -> close());
	}

	/**
	 * Starts sending: first what the client missed, then the changes offered.
	 * @param missed the changes after the client's {@code Last-Event-ID}
	 * @param whenGone told once when the stream is over, whatever ended it
	 */
	void start(List<Numbered> missed, Consumer<LiveClient> whenGone) {
		this.replay = List.copyOf(missed);
		this.gone = whenGone;
		this.sender.start();
	}

	SseEmitter emitter() {
		return this.emitter;
	}

	String user() {
		return this.user;
	}

	/**
	 * Queues a change for the client, without waiting (a closed stream takes nothing).
	 * @return {@code false} when its queue is full: the client is too slow
	 */
	boolean offer(Numbered change) {
		return this.closed.get() || this.queue.offer(change);
	}

	/**
	 * Ends the stream: nothing more is sent, the sender completes the response (once a
	 * write it is blocked in returns: only its own thread waits for a stalled client).
	 */
	void close() {
		if (this.closed.compareAndSet(false, true)) {
			this.queue.clear();
			this.sender.interrupt();
		}
	}

	private void send() {
		try {
			for (Numbered change : this.replay) {
				write(change);
			}
			while (!this.closed.get()) {
				Duration left = untilExpiry();
				if (!left.isPositive()) {
					this.emitter.send(SseEmitter.event().comment("token expired"));
					break;
				}
				Numbered next = this.queue.poll(min(this.heartbeat, left).toMillis(), TimeUnit.MILLISECONDS);
				if (next != null) {
					write(next);
				}
				else if (untilExpiry().isPositive() && !this.closed.get()) {
					this.emitter.send(SseEmitter.event().comment("heartbeat"));
				}
			}
			end(null);
		}
		catch (InterruptedException ex) {
			end(null);
		}
		catch (IOException | IllegalStateException ex) {
			logger.debug("Live client gone: {}", ex.toString());
			end(ex);
		}
	}

	private void write(Numbered numbered) throws IOException {
		this.emitter.send(SseEmitter.event()
			.name(LiveFigures.EVENT)
			.id(Long.toString(numbered.id()))
			.data(numbered.change(), MediaType.APPLICATION_JSON));
	}

	private void end(Exception failure) {
		this.closed.set(true);
		this.queue.clear();
		// Cleared, so that completing the response is not cut short.
		Thread.interrupted();
		if (failure != null) {
			this.emitter.completeWithError(failure);
		}
		else {
			this.emitter.complete();
		}
		this.gone.accept(this);
	}

	private Duration untilExpiry() {
		return (this.expiresAt != null) ? Duration.between(this.clock.instant(), this.expiresAt) : FOREVER;
	}

	private static Duration min(Duration one, Duration other) {
		return (one.compareTo(other) <= 0) ? one : other;
	}

}
