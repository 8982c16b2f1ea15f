package fr.pes21.dla.structure;

import java.time.LocalDate;

/**
 * An engineering a structure takes part in, as its pathway shows it.
 *
 * @param engineeringId the engineering
 * @param kind {@code INDIVIDUAL} or {@code COLLECTIVE}
 * @param topic what the consultant works on
 * @param consultant who carries the engineering out
 * @param days the consultant's days
 * @param startedOn the engineering's start
 * @param participationId the structure's participation in the engineering
 * @param joinedOn the day the structure took part from: the start, or later for a
 * participant added to a collective engineering
 * @param joinedAtStart whether the structure was there from the start
 * @param completedOn the engineering's completion, or {@code null}
 */
public record EngineeringOfStructure(String engineeringId, String kind, String topic, String consultant, double days,
		LocalDate startedOn, String participationId, LocalDate joinedOn, boolean joinedAtStart, LocalDate completedOn) {

}
