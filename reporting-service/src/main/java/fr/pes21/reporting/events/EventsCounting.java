package fr.pes21.reporting.events;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import fr.pes21.contracts.events.EventKind;
import fr.pes21.reporting.report.Figures;
import fr.pes21.reporting.report.Indicator;

/**
 * The counting rules of the events indicators (docs/domain.md, "How every indicator is
 * counted"):
 * <ul>
 * <li>an event is held in the year of its held fact's business date, the day it started
 * in Europe/Paris (an event starting at 2024-12-31T23:30:00Z is held on 1 January
 * 2025);</li>
 * <li>{@code held.<KIND>} counts distinct events with an active held fact in the year,
 * under the kind that fact carries; an event whose cancellation is active, or whose
 * scheduling was withdrawn, does not count, held fact or not;</li>
 * <li>{@code participants} sums the active attendance records of the events counted as
 * held, whatever the date of the record; recording an attendance again withdraws the
 * previous record (decision 8), so the latest figure counts once.</li>
 * </ul>
 */
final class EventsCounting {

	private EventsCounting() {
	}

	/**
	 * @param facts the facts of the events held in {@code year}, all of them, whatever
	 * their dates (facts of other events and other years are ignored)
	 */
	static void count(int year, Collection<EventsRow> facts, Figures figures) {
		Map<String, EventKind> held = new HashMap<>();
		Set<String> notHeld = new HashSet<>();
		Map<String, Long> attendance = new HashMap<>();
		for (EventsRow fact : facts) {
			switch (fact.kind()) {
				case HOLDING -> {
					if (!fact.withdrawn() && fact.occurredOn().getYear() == year) {
						held.put(fact.eventId(), fact.eventKind());
					}
				}
				case SCHEDULING -> {
					if (fact.withdrawn()) {
						notHeld.add(fact.eventId());
					}
				}
				case CANCELLATION -> {
					if (!fact.withdrawn()) {
						notHeld.add(fact.eventId());
					}
				}
				case ATTENDANCE -> {
					if (!fact.withdrawn()) {
						attendance.merge(fact.eventId(), (long) fact.attendance(), Long::sum);
					}
				}
				case REGISTRATION, REGISTRATION_MOVE_UP, REGISTRATION_CANCELLATION -> {
				}
			}
		}
		held.keySet().removeAll(notHeld);
		Map<EventKind, Long> perKind = new EnumMap<>(EventKind.class);
		held.values().forEach((kind) -> perKind.merge(kind, 1L, Long::sum));
		for (EventKind kind : EventKind.values()) {
			figures.put(Indicator.EVENTS_HELD, kind, perKind.getOrDefault(kind, 0L));
		}
		figures.put(Indicator.EVENTS_PARTICIPANTS,
				held.keySet().stream().mapToLong((eventId) -> attendance.getOrDefault(eventId, 0L)).sum());
	}

}
