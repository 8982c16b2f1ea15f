package fr.pes21.territory.initiative;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a meeting of an initiative is. */
@Schema(name = "InitiativeMeetingKind", description = "STEERING: the comité de pilotage")
enum MeetingKind {

	/**
	 * The "comité de pilotage": the initiative's partners meet to steer it; the figure
	 * {@code territory.steeringMeetings} counts them.
	 */
	STEERING

}
