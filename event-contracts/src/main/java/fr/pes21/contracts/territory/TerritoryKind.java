package fr.pes21.contracts.territory;

/** The kind of territory a Générateur BFC initiative is born in. */
public enum TerritoryKind {

	EPCI, COMMUNE, PETR, METROPOLE

}
