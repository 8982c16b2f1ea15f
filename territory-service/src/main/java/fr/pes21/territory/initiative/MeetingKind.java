package fr.pes21.territory.initiative;

/** What a meeting of an initiative is. */
enum MeetingKind {

	/**
	 * The "comité de pilotage": the initiative's partners meet to steer it; the figure
	 * {@code territory.steeringMeetings} counts them.
	 */
	STEERING

}
