package fr.pes21.contracts.dla;

import fr.pes21.contracts.Fact;

/**
 * A fact of the DLA ("Dispositif Local d'Accompagnement") pathway of employer ESS
 * structures. Carries ids, dates and counts only: no names, no consultant, no free text
 * (these facts also go to the regional DLA network).
 */
public interface DlaFact extends Fact {

}
