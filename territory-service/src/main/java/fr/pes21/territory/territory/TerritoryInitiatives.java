package fr.pes21.territory.territory;

import java.util.List;

/**
 * What the territory feature needs to know of initiatives: the ones born on a territory,
 * for its page and for the rules that a territory or a need is not withdrawn from under
 * an initiative. The initiative feature implements it: it already depends on this package
 * (an initiative is started on a territory), and this interface keeps the dependency
 * one-way.
 */
public interface TerritoryInitiatives {

	/** The initiatives, not withdrawn, born on the territory. */
	List<InitiativeOfTerritory> of(String territoryId);

}
