package fr.pes21.reporting.live;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import fr.pes21.reporting.facts.ProjectedYears;
import fr.pes21.reporting.report.YearlyReports;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live feed of {@code GET /api/reports/live}. After each stored batch the figures of
 * the years it touched are counted again, those of the batch's context only (a context's
 * facts move its own indicators), and every key whose value changed becomes a
 * {@link LiveChange}, numbered by a sequence that only grows, kept in a bounded ring of
 * recent changes and queued for every connected {@link LiveClient}, whose own sender
 * writes it: the consumer of the facts never writes to a client, so a slow or stalled one
 * cannot delay it. A client whose queue is full is dropped ({@value #DROPPED_METRIC}).
 * <p>
 * A client reconnecting with {@code Last-Event-ID} gets the changes after that id from
 * the ring; if some of them have already left the ring, it gets the current value of
 * every indicator of the years changed since that id instead, so it loses nothing.
 * <p>
 * Counting, numbering, queuing, replaying and registering a client happen under one lock:
 * a client registered while a batch is queued receives each change exactly once. A user
 * may have {@code max-streams-per-user} streams open, the instance serves
 * {@code max-streams} in all ({@link Refused}); a stream ends when its token expires.
 */
@Component
@EnableConfigurationProperties(LiveSettings.class)
public class LiveFigures implements ProjectedYears, DisposableBean {

	static final String EVENT = "indicator";

	/** The open streams. */
	static final String STREAMS_METRIC = "pes21.reporting.live.streams";

	/** The clients dropped because they fell too far behind. */
	static final String DROPPED_METRIC = "pes21.reporting.live.dropped";

	/** Counting again the figures a batch moved, and queuing the changes. */
	static final String RECOUNT_METRIC = "pes21.reporting.live.recount";

	/** The streams refused, tag {@code limit}: {@code user} or {@code total}. */
	static final String REFUSED_METRIC = "pes21.reporting.live.refused";

	private static final Logger logger = LoggerFactory.getLogger(LiveFigures.class);

	private final YearlyReports reports;

	private final LiveSettings settings;

	private final Clock clock = Clock.systemUTC();

	private final Object lock = new Object();

	/** The figures last pushed, per year: what a new count is compared with. */
	private final Map<Integer, Map<String, Long>> known = new HashMap<>();

	/** The sequence of the latest change of each year, to resend a year when needed. */
	private final Map<Integer, Long> lastChangeOfYear = new HashMap<>();

	private final Deque<Numbered> ring = new ArrayDeque<>();

	private final List<LiveClient> clients = new CopyOnWriteArrayList<>();

	private final Counter dropped;

	private final Counter refusedForUser;

	private final Counter refusedInAll;

	private final Timer recount;

	private long sequence;

	LiveFigures(YearlyReports reports, LiveSettings settings, MeterRegistry meters) {
		this.reports = reports;
		this.settings = settings;
		Gauge.builder(STREAMS_METRIC, this.clients, List::size)
			.description("Open streams of GET /api/reports/live")
			.register(meters);
		this.dropped = Counter.builder(DROPPED_METRIC)
			.description("Live clients dropped because they fell too far behind (they reconnect with Last-Event-ID)")
			.register(meters);
		this.recount = Timer.builder(RECOUNT_METRIC)
			.description("After a batch is stored, counting the figures it moved again and queuing the changes")
			.publishPercentileHistogram()
			.register(meters);
		this.refusedForUser = refused(meters, "user");
		this.refusedInAll = refused(meters, "total");
	}

	private static Counter refused(MeterRegistry meters, String limit) {
		return Counter.builder(REFUSED_METRIC)
			.description("Live streams refused: too many for one user (429) or in all (503)")
			.tag("limit", limit)
			.register(meters);
	}

	@Override
	public void projecting(String context, Set<Integer> years) {
		// The figures before the batch, for a year not seen yet: what its changes are
		// measured against.
		synchronized (this.lock) {
			years.forEach(
					(year) -> this.known.computeIfAbsent(year, (seen) -> new HashMap<>(this.reports.indicators(seen))));
		}
	}

	/**
	 * Counts the context's indicators of the years again (the others cannot have moved)
	 * and queues every key whose value changed.
	 */
	@Override
	public void projected(String context, Set<Integer> years) {
		long started = System.nanoTime();
		synchronized (this.lock) {
			for (int year : new TreeSet<>(years)) {
				Map<String, Long> now = this.reports.indicators(year, context);
				Map<String, Long> known = this.known.computeIfAbsent(year, (seen) -> new HashMap<>());
				now.forEach((key, value) -> {
					if (!value.equals(known.put(key, value))) {
						push(new LiveChange(year, key, value));
					}
				});
			}
		}
		this.recount.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
	}

	private void push(LiveChange change) {
		Numbered numbered = new Numbered(++this.sequence, change);
		this.ring.addLast(numbered);
		if (this.ring.size() > this.settings.ringSize()) {
			this.ring.removeFirst();
		}
		this.lastChangeOfYear.put(change.year(), numbered.id());
		for (LiveClient client : this.clients) {
			if (!client.offer(numbered)) {
				drop(client);
			}
		}
	}

	/** Too slow: it would hold changes without bound. It reconnects, losing nothing. */
	private void drop(LiveClient client) {
		if (this.clients.remove(client)) {
			this.dropped.increment();
			logger.info("Dropped a live client more than {} changes behind", this.settings.clientQueue());
		}
		client.close();
	}

	/**
	 * A new client, given the changes after {@code lastEventId} when it reconnects.
	 * @param user the token's subject
	 * @param expiresAt when the token expires (the stream ends then), {@code null} if
	 * never
	 * @param lastEventId the id of the last change it received, {@code null} for a first
	 * connection
	 * @throws Refused when the user, or the instance, has as many streams open as allowed
	 */
	SseEmitter connect(String user, Instant expiresAt, Long lastEventId) {
		synchronized (this.lock) {
			if (this.clients.stream().filter((client) -> client.user().equals(user)).count() >= this.settings
				.maxStreamsPerUser()) {
				this.refusedForUser.increment();
				throw new Refused(true, this.settings.maxStreamsPerUser(), this.settings);
			}
			if (this.clients.size() >= this.settings.maxStreams()) {
				this.refusedInAll.increment();
				throw new Refused(false, this.settings.maxStreams(), this.settings);
			}
			List<Numbered> missed = (lastEventId != null) ? since(lastEventId) : List.of();
			LiveClient client = new LiveClient(user, expiresAt, this.settings.clientQueue(), this.settings.heartbeat(),
					this.clock);
			this.clients.add(client);
			client.start(missed, this.clients::remove);
			return client.emitter();
		}
	}

	/**
	 * What a client that received {@code lastEventId} has missed: the changes after it
	 * while the ring still holds them all; otherwise the current value of every indicator
	 * of the years changed since, all under the latest id.
	 */
	List<Numbered> since(long lastEventId) {
		synchronized (this.lock) {
			long oldestKept = this.ring.isEmpty() ? this.sequence + 1 : this.ring.getFirst().id();
			if (lastEventId + 1 >= oldestKept) {
				return this.ring.stream().filter((change) -> change.id() > lastEventId).toList();
			}
			List<Numbered> current = new ArrayList<>();
			new TreeMap<>(this.lastChangeOfYear).forEach((year, lastChange) -> {
				if (lastChange > lastEventId) {
					this.reports.indicators(year)
						.forEach((key, value) -> current
							.add(new Numbered(this.sequence, new LiveChange(year, key, value))));
				}
			});
			return current;
		}
	}

	/** The open streams. */
	int clients() {
		return this.clients.size();
	}

	@Override
	public void destroy() {
		this.clients.forEach(LiveClient::close);
	}

	/** A change and its id in the sequence. */
	record Numbered(long id, LiveChange change) {
	}

	/**
	 * A stream refused: its user has as many open as one user may ({@code 429}), or the
	 * instance serves as many as it may ({@code 503}).
	 */
	static final class Refused extends RuntimeException {

		private final boolean forUser;

		private final int limit;

		private final transient LiveSettings settings;

		Refused(boolean forUser, int limit, LiveSettings settings) {
			super((forUser ? "Too many live streams for one user" : "Too many live streams"), null, false, false);
			this.forUser = forUser;
			this.limit = limit;
			this.settings = settings;
		}

		/** Whether the user's own limit was reached, not the instance's. */
		boolean forUser() {
			return this.forUser;
		}

		int limit() {
			return this.limit;
		}

		LiveSettings settings() {
			return this.settings;
		}

	}

}
