package fr.pes21.contracts.events;

/** The kinds of events the association runs (docs/api.md "Events"). */
public enum EventKind {

	CLUB_EVENING, EXPERT_TALK, CFGA_WORKSHOP, COURSE, PITCH_CONTEST, CONFERENCE, WORKSHOP, WEBINAR, OTHER

}
