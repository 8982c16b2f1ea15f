package fr.pes21.reporting.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fr.pes21.contracts.events.AttendanceRecorded;
import fr.pes21.contracts.events.AttendanceWithdrawn;
import fr.pes21.contracts.events.EventCancelled;
import fr.pes21.contracts.events.EventFact;
import fr.pes21.contracts.events.EventHeld;
import fr.pes21.contracts.events.EventHeldWithdrawn;
import fr.pes21.contracts.events.EventKind;
import fr.pes21.contracts.events.EventScheduled;
import fr.pes21.contracts.events.EventWithdrawn;
import fr.pes21.reporting.Datasets;
import fr.pes21.reporting.FactPublisher;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * An events dataset of {@code demo-data/} (on the test class path at {@code /datasets/}):
 * events written as the calls of docs/api.md "Events" a person would make (the demo-data
 * loader replays it through the gateway), read here as the facts the events service would
 * publish for them. An event marked {@code "withdrawn": true} was recorded, then
 * withdrawn with every fact recorded on it.
 * <p>
 * Ids are derived from the refs ({@link Datasets#id}).
 */
public record EventsDataset(String about, List<Event> events) {

	/** The association's events of 2024, and one held on 1 January 2025. */
	static final String EVENTS_2024 = "/datasets/events-2024.json";

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/**
	 * The 2024 dataset's facts as the events-service publishes them, in order: for the
	 * tests of other packages (rebuild).
	 */
	public static List<ProducerRecord<String, byte[]>> published2024() {
		return read(EVENTS_2024).facts()
			.stream()
			.map((recorded) -> FactPublisher.record(recorded.fact(), "events-service", recorded.recordedAt()))
			.toList();
	}

	static EventsDataset read(String location) {
		return Datasets.read(location, EventsDataset.class);
	}

	/**
	 * {@code POST /api/events}, then {@code POST .../held} after it when {@code held},
	 * {@code POST .../cancellation} before it when cancelled, one
	 * {@code POST .../attendance} per attendance item (a later one replacing the
	 * earlier).
	 */
	record Event(String ref, String title, EventKind kind, OffsetDateTime startsAt, String venue, Integer capacity,
			List<String> partners, boolean held, Cancellation cancellation, List<Attendance> attendance,
			boolean withdrawn, String note) {

		/** The day it is held: its start in Europe/Paris. */
		LocalDate day() {
			return LocalDate.ofInstant(this.startsAt.toInstant(), PARIS);
		}

	}

	/** {@code POST /api/events/{id}/cancellation}. */
	record Cancellation(String reason) {
	}

	/** {@code POST /api/events/{id}/attendance}. */
	record Attendance(int count, String note) {
	}

	/**
	 * A fact as the events service would publish it.
	 *
	 * @param fact the fact
	 * @param recordedAt when it was recorded: three weeks before the event for its
	 * scheduling, a week before for its cancellation, the day after for what happened
	 * (held, attendance), a week after for a withdrawal
	 */
	record Recorded(EventFact fact, Instant recordedAt) {
	}

	/** Every fact of the dataset, in the order it was recorded. */
	List<Recorded> facts() {
		List<Recorded> facts = new ArrayList<>();
		for (Event event : this.events) {
			addEvent(event, facts);
		}
		return facts.stream().sorted(Comparator.comparing(Recorded::recordedAt)).toList();
	}

	private static void addEvent(Event event, List<Recorded> facts) {
		String eventId = id("event/" + event.ref());
		String path = "event/" + event.ref();
		Instant startsAt = event.startsAt().toInstant();
		LocalDate day = event.day();
		facts.add(new Recorded(new EventScheduled(eventId, eventId, event.kind(), startsAt, event.capacity(), day),
				startsAt.minus(Duration.ofDays(21))));
		if (event.cancellation() != null) {
			facts.add(new Recorded(new EventCancelled(id(path + "/cancellation"), eventId, event.kind(), day),
					startsAt.minus(Duration.ofDays(7))));
		}
		Instant after = startsAt.plus(Duration.ofDays(1));
		List<EventFact> recordedAfter = new ArrayList<>();
		if (event.held()) {
			recordedAfter.add(new EventHeld(id(path + "/held"), eventId, event.kind(), day));
		}
		List<Attendance> attendance = Datasets.orEmpty(event.attendance());
		for (int i = 0; i < attendance.size(); i++) {
			// Decision 8: recording attendance again withdraws the active record first.
			if (i > 0) {
				recordedAfter
					.add(new AttendanceWithdrawn(id(path + "/attendance/" + (i - 1)), eventId, event.kind(), day));
			}
			recordedAfter.add(new AttendanceRecorded(id(path + "/attendance/" + i), eventId, event.kind(),
					attendance.get(i).count(), day));
		}
		recordedAfter.forEach((fact) -> facts.add(new Recorded(fact, after)));
		if (event.withdrawn()) {
			// Every fact recorded on the event is withdrawn first, then the event.
			Instant withdrawnAt = startsAt.plus(Duration.ofDays(7));
			if (event.held()) {
				facts.add(new Recorded(new EventHeldWithdrawn(id(path + "/held"), eventId, event.kind(), day),
						withdrawnAt));
			}
			if (!attendance.isEmpty()) {
				facts.add(new Recorded(new AttendanceWithdrawn(id(path + "/attendance/" + (attendance.size() - 1)),
						eventId, event.kind(), day), withdrawnAt));
			}
			facts.add(new Recorded(new EventWithdrawn(eventId, eventId, event.kind(), day), withdrawnAt));
		}
	}

	private static String id(String path) {
		return Datasets.id("events", path);
	}

}
