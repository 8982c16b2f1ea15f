package fr.pes21.reporting.events;

/**
 * What a stored events fact records, whether it arrived as the fact or as its withdrawal.
 */
enum EventsFactKind {

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
