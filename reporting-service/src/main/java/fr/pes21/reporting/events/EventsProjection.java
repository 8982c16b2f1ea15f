package fr.pes21.reporting.events;

import fr.pes21.contracts.MalformedFact;
import fr.pes21.contracts.events.EventFact;
import fr.pes21.reporting.facts.FactCollection;

import org.springframework.data.mongodb.core.query.Update;

/**
 * What every events fact writes in {@code events_facts}: one document keyed by its
 * {@code factId}, idempotently, withdrawals as tombstones ({@link FactCollection}).
 */
final class EventsProjection {

	private EventsProjection() {
	}

	/**
	 * What a fact and its withdrawal both say, as {@link StoredFact#of} reads it; the
	 * attendance count only comes with its record itself.
	 * @throws MalformedFact when the fact lacks its event, or an event held its kind
	 */
	static Update describing(EventFact fact) {
		StoredFact stored = StoredFact.of(fact);
		Update update = FactCollection.describing(stored.kind(), fact.occurredOn(), fact.occurredOn().getYear())
			.setOnInsert(StoredFact.EVENT_ID, stored.eventId());
		if (stored.eventKind() != null) {
			update.setOnInsert(StoredFact.EVENT_KIND, stored.eventKind().name());
		}
		if (stored.kind() == EventsFactKind.ATTENDANCE && !stored.withdrawn()) {
			update.setOnInsert(StoredFact.ATTENDANCE_COUNT, stored.attendance());
		}
		return update;
	}

}
