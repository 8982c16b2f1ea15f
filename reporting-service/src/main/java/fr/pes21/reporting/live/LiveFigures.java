package fr.pes21.reporting.live;

import java.io.IOException;
import java.time.Duration;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import fr.pes21.reporting.facts.ProjectedYears;
import fr.pes21.reporting.report.YearlyReports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live feed of {@code GET /api/reports/live}. After each stored batch the figures of
 * the years it touched are counted again and every key whose value changed becomes a
 * {@link LiveChange}, numbered by a sequence that only grows, kept in a bounded ring of
 * recent changes and pushed to every connected client.
 * <p>
 * A client reconnecting with {@code Last-Event-ID} gets the changes after that id from
 * the ring; if some of them have already left the ring, it gets the current value of
 * every indicator of the years changed since that id instead, so it loses nothing.
 * <p>
 * Counting, numbering, replaying and pushing happen under one lock: a client registered
 * while a batch is pushed receives each change exactly once.
 */
@Component
public class LiveFigures implements ProjectedYears, DisposableBean {

	static final String EVENT = "indicator";

	private static final Logger logger = LoggerFactory.getLogger(LiveFigures.class);

	private final YearlyReports reports;

	private final int ringSize;

	private final Object lock = new Object();

	/** The figures last pushed, per year: what a new count is compared with. */
	private final Map<Integer, Map<String, Long>> known = new HashMap<>();

	/** The sequence of the latest change of each year, to resend a year when needed. */
	private final Map<Integer, Long> lastChangeOfYear = new HashMap<>();

	private final Deque<Numbered> ring = new ArrayDeque<>();

	private final List<SseEmitter> clients = new CopyOnWriteArrayList<>();

	private final ScheduledExecutorService heartbeats = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("live-heartbeat").daemon().factory());

	private long sequence;

	LiveFigures(YearlyReports reports, @Value("${pes21.reporting.live.ring-size:10000}") int ringSize,
			@Value("${pes21.reporting.live.heartbeat:15s}") Duration heartbeat) {
		this.reports = reports;
		this.ringSize = ringSize;
		this.heartbeats.scheduleAtFixedRate(this::heartbeat, heartbeat.toMillis(), heartbeat.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	@Override
	public void projecting(Set<Integer> years) {
		// The figures before the batch, for a year not seen yet: what its changes are
		// measured against.
		synchronized (this.lock) {
			years.forEach((year) -> this.known.computeIfAbsent(year, this.reports::indicators));
		}
	}

	@Override
	public void projected(Set<Integer> years) {
		synchronized (this.lock) {
			for (int year : new TreeSet<>(years)) {
				Map<String, Long> now = this.reports.indicators(year);
				Map<String, Long> before = this.known.getOrDefault(year, Map.of());
				now.forEach((key, value) -> {
					if (!value.equals(before.get(key))) {
						push(new LiveChange(year, key, value));
					}
				});
				this.known.put(year, now);
			}
		}
	}

	private void push(LiveChange change) {
		Numbered numbered = new Numbered(++this.sequence, change);
		this.ring.addLast(numbered);
		if (this.ring.size() > this.ringSize) {
			this.ring.removeFirst();
		}
		this.lastChangeOfYear.put(change.year(), numbered.id());
		this.clients.forEach((client) -> send(client, numbered));
	}

	/**
	 * A new client, given the changes after {@code lastEventId} when it reconnects.
	 * @param lastEventId the id of the last change it received, {@code null} for a first
	 * connection
	 */
	SseEmitter connect(Long lastEventId) {
		SseEmitter client = new SseEmitter(0L);
		client.onCompletion(() -> this.clients.remove(client));
		client.onTimeout(() -> this.clients.remove(client));
		client.onError((ex) -> this.clients.remove(client));
		synchronized (this.lock) {
			if (lastEventId != null) {
				replay(client, lastEventId);
			}
			this.clients.add(client);
		}
		return client;
	}

	private void replay(SseEmitter client, long lastEventId) {
		since(lastEventId).forEach((change) -> send(client, change));
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

	private void send(SseEmitter client, Numbered numbered) {
		try {
			client.send(SseEmitter.event()
				.name(EVENT)
				.id(Long.toString(numbered.id()))
				.data(numbered.change(), MediaType.APPLICATION_JSON));
		}
		catch (IOException | IllegalStateException ex) {
			forget(client, ex);
		}
	}

	private void heartbeat() {
		synchronized (this.lock) {
			this.clients.forEach((client) -> {
				try {
					client.send(SseEmitter.event().comment("heartbeat"));
				}
				catch (IOException | IllegalStateException ex) {
					forget(client, ex);
				}
			});
		}
	}

	private void forget(SseEmitter client, Exception ex) {
		logger.debug("Live client gone: {}", ex.toString());
		this.clients.remove(client);
		client.completeWithError(ex);
	}

	/** The connected clients, for the tests. */
	int clients() {
		return this.clients.size();
	}

	@Override
	public void destroy() {
		this.heartbeats.shutdownNow();
		this.clients.forEach(SseEmitter::complete);
	}

	/** A change and its id in the sequence. */
	record Numbered(long id, LiveChange change) {
	}

}
