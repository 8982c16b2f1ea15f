package fr.pes21.reporting.territory;

/**
 * What a stored territory fact records, whether it arrived as the fact or as its
 * withdrawal.
 */
enum TerritoryFactKind {

	/**
	 * A territory (EPCI, commune, PETR, métropole) registered; counted by no indicator.
	 */
	TERRITORY_REGISTRATION,

	/** An unmet need identified on a territory; counted by no indicator. */
	NEED,

	/** An initiative started on a territory; counted by no indicator. */
	INITIATIVE,

	/** An initiative moved to a stage (LAUNCHED: its activity opened), or stopped. */
	STAGE_CHANGE,

	/**
	 * A milestone of an initiative (founding general assembly, statutes, opening...).
	 */
	MILESTONE,

	/** A steering meeting ("comité de pilotage") of an initiative. */
	STEERING_MEETING

}
