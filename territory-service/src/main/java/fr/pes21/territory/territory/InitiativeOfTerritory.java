package fr.pes21.territory.territory;

import java.time.LocalDate;

import fr.pes21.contracts.territory.InitiativeStage;

/**
 * An initiative born on a territory, as the territory sees it.
 *
 * @param initiativeId the initiative
 * @param name its name
 * @param needId the need it was born from, or {@code null}
 * @param startedOn the day it started
 * @param stage its current stage
 */
public record InitiativeOfTerritory(String initiativeId, String name, String needId, LocalDate startedOn,
		InitiativeStage stage) {

}
