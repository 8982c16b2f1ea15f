package fr.pes21.territory.territory;

import java.time.LocalDate;

import fr.pes21.platform.problem.RuleViolation;
import fr.pes21.platform.problem.UnknownResource;

import org.springframework.stereotype.Component;

/**
 * Tells the initiative feature what it may rely on: an initiative is started on a
 * registered territory, possibly from one of its active needs.
 */
@Component
public class KnownTerritories {

	private final TerritoryRepository territories;

	KnownTerritories(TerritoryRepository territories) {
		this.territories = territories;
	}

	/**
	 * Refuses ({@code 404}) a territory that was never registered or was withdrawn: it is
	 * named in the request's path.
	 */
	public void requireRegistered(String territoryId) {
		this.territories.active(territoryId);
	}

	/**
	 * The day a need of this territory was identified. Refuses ({@code 422}) a need that
	 * is not an active need of the territory: it is named in the request's body.
	 */
	public LocalDate needIdentifiedOn(String territoryId, String needId) {
		Territory territory = this.territories.active(territoryId);
		try {
			return territory.need(needId).identifiedOn();
		}
		catch (UnknownResource ex) {
			throw new RuleViolation("No need with the id '" + needId + "' is recorded on this territory: "
					+ "identify the need first (POST /api/territories/" + territoryId
					+ "/needs), or start the initiative without a needId.");
		}
	}

}
