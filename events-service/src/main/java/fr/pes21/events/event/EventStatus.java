package fr.pes21.events.event;

/** Where an event stands. */
enum EventStatus {

	/** Planned, or past but not yet recorded as held. */
	SCHEDULED,

	/** It took place; its attendance can be recorded. */
	HELD,

	/** It was cancelled; its registrations were cancelled with it. */
	CANCELLED

}
