package fr.pes21.contracts.accompaniment;

/** Kind of an accompaniment meeting with a project holder. */
public enum MeetingKind {

	INTAKE, FOLLOW_UP, SITE_VISIT, WORKSHOP

}
