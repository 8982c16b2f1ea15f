package fr.pes21.reporting.territory;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import fr.pes21.contracts.territory.InitiativeStage;
import fr.pes21.reporting.report.Figures;
import fr.pes21.reporting.report.Indicator;

/**
 * The counting rules of the territory indicators (docs/domain.md, "How every indicator is
 * counted"), for the Générateur BFC:
 * <ul>
 * <li>a fact belongs to the year of its business date, not to the day it was recorded; a
 * withdrawn fact does not count (a stage entered by mistake is corrected by withdrawing
 * its change, decision 8);</li>
 * <li>{@code territoriesAccompanied} counts distinct territories with a steering meeting
 * or a milestone of one of their initiatives in the year; a registration, a need or a
 * stage change alone does not make a territory accompanied;</li>
 * <li>{@code initiativesLaunched} counts distinct initiatives with a stage change to
 * LAUNCHED in the year; {@code jobsCreated} sums the jobs declared with those
 * changes;</li>
 * <li>{@code steeringMeetings} counts the steering meetings held in the year.</li>
 * </ul>
 */
final class TerritoryCounting {

	private TerritoryCounting() {
	}

	static void count(int year, Collection<TerritoryRow> facts, Figures figures) {
		Set<String> territories = new HashSet<>();
		Set<String> launched = new HashSet<>();
		long steeringMeetings = 0;
		long jobs = 0;
		for (TerritoryRow fact : facts) {
			if (fact.withdrawn() || fact.occurredOn().getYear() != year) {
				continue;
			}
			switch (fact.kind()) {
				case STEERING_MEETING -> {
					steeringMeetings++;
					territories.add(fact.territoryId());
				}
				case MILESTONE -> territories.add(fact.territoryId());
				case STAGE_CHANGE -> {
					if (fact.stage() == InitiativeStage.LAUNCHED) {
						launched.add(fact.initiativeId());
						jobs += fact.jobs();
					}
				}
				case TERRITORY_REGISTRATION, NEED, INITIATIVE -> {
				}
			}
		}
		figures.put(Indicator.TERRITORY_TERRITORIES_ACCOMPANIED, territories.size());
		figures.put(Indicator.TERRITORY_INITIATIVES_LAUNCHED, launched.size());
		figures.put(Indicator.TERRITORY_STEERING_MEETINGS, steeringMeetings);
		figures.put(Indicator.TERRITORY_JOBS_CREATED, jobs);
	}

}
