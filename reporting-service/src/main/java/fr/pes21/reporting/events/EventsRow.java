package fr.pes21.reporting.events;

import java.time.LocalDate;

import fr.pes21.contracts.MalformedFact;
import fr.pes21.contracts.Withdrawal;
import fr.pes21.contracts.events.AttendanceRecorded;
import fr.pes21.contracts.events.AttendanceWithdrawn;
import fr.pes21.contracts.events.EventCancellationWithdrawn;
import fr.pes21.contracts.events.EventCancelled;
import fr.pes21.contracts.events.EventFact;
import fr.pes21.contracts.events.EventHeld;
import fr.pes21.contracts.events.EventHeldWithdrawn;
import fr.pes21.contracts.events.EventKind;
import fr.pes21.contracts.events.EventScheduled;
import fr.pes21.contracts.events.EventWithdrawn;
import fr.pes21.contracts.events.RegistrationCancelled;
import fr.pes21.contracts.events.RegistrationMovedUp;
import fr.pes21.contracts.events.RegistrationReceived;
import fr.pes21.reporting.facts.FactCollection;
import fr.pes21.reporting.facts.FactRow;
import org.bson.Document;

import static fr.pes21.reporting.events.EventsRow.Kind.ATTENDANCE;
import static fr.pes21.reporting.events.EventsRow.Kind.CANCELLATION;
import static fr.pes21.reporting.events.EventsRow.Kind.HOLDING;
import static fr.pes21.reporting.events.EventsRow.Kind.REGISTRATION;
import static fr.pes21.reporting.events.EventsRow.Kind.REGISTRATION_CANCELLATION;
import static fr.pes21.reporting.events.EventsRow.Kind.REGISTRATION_MOVE_UP;
import static fr.pes21.reporting.events.EventsRow.Kind.SCHEDULING;

/**
 * What the events read model keeps of a fact: one document of {@code events_facts}, as
 * the counting rules read it.
 *
 * @param kind what the fact records
 * @param eventId the event the fact is about
 * @param eventKind the kind of the event (club evening, expert talk...), {@code null} for
 * the facts of a registration
 * @param attendance the count of an attendance record, 0 for other facts and withdrawals
 * @param occurredOn the business date (for the facts of an event, its day in
 * Europe/Paris), which decides the year
 * @param withdrawn whether the fact was withdrawn (it no longer counts)
 */
record EventsRow(Kind kind, String eventId, EventKind eventKind, int attendance, LocalDate occurredOn,
		boolean withdrawn) implements FactRow {

	/**
	 * What an events fact records, whether it arrived as the fact or as its withdrawal.
	 */
	enum Kind {

		/**
		 * An event scheduled; its withdrawal (an event entered by mistake) withdraws the
		 * whole event.
		 */
		SCHEDULING,

		/** An event that took place. */
		HOLDING,

		/** The cancellation of an event; withdrawn, the event is scheduled again. */
		CANCELLATION,

		/**
		 * The attendance of an event; recording it again withdraws the previous record
		 * (decision 8).
		 */
		ATTENDANCE,

		/** A registration received; counted by no indicator. */
		REGISTRATION,

		/** A waitlisted registration confirmed; counted by no indicator. */
		REGISTRATION_MOVE_UP,

		/** A registration cancelled; counted by no indicator. */
		REGISTRATION_CANCELLATION

	}

	/**
	 * The event's id is stored as {@code event}, not {@code eventId}:
	 * {@link FactCollection} keeps the CloudEvents id under that name. Renaming it would
	 * change the stored documents, which only a rebuild would bring in line.
	 */
	static final String EVENT_ID = "event";

	static final String EVENT_KIND = "eventKind";

	static final String ATTENDANCE_COUNT = "attendance";

	/** What {@link #from} reads. */
	static final String[] FIELDS = { FactCollection.KIND, EVENT_ID, EVENT_KIND, ATTENDANCE_COUNT,
			FactCollection.OCCURRED_ON };

	/**
	 * What the read model keeps of a fact or a withdrawal.
	 * @throws MalformedFact when the fact lacks its event, or an event held its kind
	 */
	static EventsRow of(EventFact fact) {
		return switch (fact) {
			case EventScheduled scheduled -> ofEvent(SCHEDULING, scheduled.eventId(), scheduled.kind(), fact);
			case EventWithdrawn scheduled -> ofEvent(SCHEDULING, scheduled.eventId(), scheduled.kind(), fact);
			// The kind of a held event is what it is counted under.
			case EventHeld held -> ofEvent(HOLDING, held.eventId(), required(held.kind(), fact), fact);
			case EventHeldWithdrawn held -> ofEvent(HOLDING, held.eventId(), held.kind(), fact);
			case EventCancelled cancelled -> ofEvent(CANCELLATION, cancelled.eventId(), cancelled.kind(), fact);
			case EventCancellationWithdrawn cancelled ->
				ofEvent(CANCELLATION, cancelled.eventId(), cancelled.kind(), fact);
			case AttendanceRecorded attendance -> new EventsRow(ATTENDANCE, required(attendance.eventId(), fact),
					attendance.kind(), attendance.count(), fact.occurredOn(), false);
			case AttendanceWithdrawn attendance -> ofEvent(ATTENDANCE, attendance.eventId(), attendance.kind(), fact);
			case RegistrationReceived registration -> ofEvent(REGISTRATION, registration.eventId(), null, fact);
			case RegistrationMovedUp registration -> ofEvent(REGISTRATION_MOVE_UP, registration.eventId(), null, fact);
			case RegistrationCancelled registration ->
				ofEvent(REGISTRATION_CANCELLATION, registration.eventId(), null, fact);
			default ->
				throw new MalformedFact(fact.getClass().getSimpleName() + " is not an events fact the report knows");
		};
	}

	/** A document of {@code events_facts} read back. */
	static EventsRow from(Document document) {
		String eventKind = document.getString(EVENT_KIND);
		Integer attendance = document.getInteger(ATTENDANCE_COUNT);
		return new EventsRow(Kind.valueOf(document.getString(FactCollection.KIND)), document.getString(EVENT_ID),
				(eventKind != null) ? EventKind.valueOf(eventKind) : null, (attendance != null) ? attendance : 0,
				LocalDate.parse(document.getString(FactCollection.OCCURRED_ON)), FactCollection.withdrawn(document));
	}

	@Override
	public int year() {
		return this.occurredOn.getYear();
	}

	/** The attendance count only comes with its record itself, never its withdrawal. */
	@Override
	public Document fields() {
		Document fields = new Document(EVENT_ID, this.eventId);
		if (this.eventKind != null) {
			fields.append(EVENT_KIND, this.eventKind.name());
		}
		if (this.kind == ATTENDANCE && !this.withdrawn) {
			fields.append(ATTENDANCE_COUNT, this.attendance);
		}
		return fields;
	}

	private static EventsRow ofEvent(Kind kind, String eventId, EventKind eventKind, EventFact fact) {
		return new EventsRow(kind, required(eventId, fact), eventKind, 0, fact.occurredOn(),
				fact instanceof Withdrawal);
	}

	private static String required(String eventId, EventFact fact) {
		if (eventId == null || eventId.isBlank()) {
			throw incomplete(fact);
		}
		return eventId;
	}

	private static EventKind required(EventKind kind, EventFact fact) {
		if (kind == null) {
			throw incomplete(fact);
		}
		return kind;
	}

	private static MalformedFact incomplete(EventFact fact) {
		return new MalformedFact(
				fact.getClass().getSimpleName() + " " + fact.factId() + " lacks its event or the event's kind");
	}

}
