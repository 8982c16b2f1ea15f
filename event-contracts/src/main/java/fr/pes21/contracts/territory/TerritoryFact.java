package fr.pes21.contracts.territory;

import fr.pes21.contracts.Fact;

/**
 * A fact of the Générateur BFC ("Fabrique à initiatives"): territories, needs,
 * initiatives, their stages, milestones and steering meetings. Carries ids, dates, kinds
 * and counts only: no names, titles or labels.
 */
public interface TerritoryFact extends Fact {

}
