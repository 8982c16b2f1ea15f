package fr.pes21.contracts.events;

import fr.pes21.contracts.Fact;

/**
 * A fact about the association's events (Club evenings, expert talks, workshops,
 * courses...) and their registrations. Carries ids, instants, dates, kinds and counts
 * only: no title, venue, partner or registrant.
 */
public interface EventFact extends Fact {

}
