package fr.pes21.reporting.dla;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.pes21.reporting.report.Figures;
import fr.pes21.reporting.report.Indicator;

/**
 * The counting rules of the DLA indicators (docs/domain.md, "How every indicator is
 * counted"):
 * <ul>
 * <li>a fact belongs to the year of its business date, not to the day it was recorded; a
 * participant added to a collective engineering later counts in the engineering's start
 * year;</li>
 * <li>a withdrawn fact does not count; nor do the participants, first or added later, of
 * a withdrawn collective engineering;</li>
 * <li>{@code structuresWelcomed}, {@code collectiveEngineeringBeneficiaries},
 * {@code postEngineeringFollowUps} and {@code beneficiaryStructures} count distinct
 * structures; {@code individualDiagnostics}, {@code individualEngineerings} and
 * {@code collectiveEngineerings} count diagnostics and engineerings;</li>
 * <li>{@code beneficiaryStructures} is the union of the structures with a completed
 * diagnostic, an individual engineering started, a part in a collective engineering
 * started, or a post-engineering follow-up meeting in the year; a welcome alone does not
 * make a beneficiary.</li>
 * </ul>
 */
final class DlaCounting {

	private DlaCounting() {
	}

	static void count(int year, Collection<DlaRow> facts, Figures figures) {
		Set<String> welcomed = new HashSet<>();
		Set<String> diagnosed = new HashSet<>();
		Set<String> individuallyEngineered = new HashSet<>();
		Set<String> followedUp = new HashSet<>();
		long diagnostics = 0;
		long individualEngineerings = 0;
		Map<String, List<String>> collectiveEngineerings = new HashMap<>();
		List<DlaRow> participations = new ArrayList<>();
		for (DlaRow fact : facts) {
			if (fact.withdrawn() || fact.year() != year) {
				continue;
			}
			switch (fact.kind()) {
				case WELCOME -> welcomed.addAll(fact.structureIds());
				case DIAGNOSTIC_COMPLETION -> {
					diagnostics++;
					diagnosed.addAll(fact.structureIds());
				}
				case INDIVIDUAL_ENGINEERING -> {
					individualEngineerings++;
					individuallyEngineered.addAll(fact.structureIds());
				}
				case COLLECTIVE_ENGINEERING -> collectiveEngineerings.put(fact.engineeringId(), fact.structureIds());
				case COLLECTIVE_PARTICIPATION -> participations.add(fact);
				case POST_ENGINEERING_FOLLOW_UP -> followedUp.addAll(fact.structureIds());
				case ENGINEERING_COMPLETION -> {
				}
			}
		}
		Set<String> collectivelyEngineered = new HashSet<>();
		collectiveEngineerings.values().forEach(collectivelyEngineered::addAll);
		// A participant counts only beside its engineering: never for one withdrawn.
		participations.stream()
			.filter((participation) -> collectiveEngineerings.containsKey(participation.engineeringId()))
			.forEach((participation) -> collectivelyEngineered.addAll(participation.structureIds()));
		Set<String> beneficiaries = new HashSet<>(diagnosed);
		beneficiaries.addAll(individuallyEngineered);
		beneficiaries.addAll(collectivelyEngineered);
		beneficiaries.addAll(followedUp);
		figures.put(Indicator.DLA_STRUCTURES_WELCOMED, welcomed.size());
		figures.put(Indicator.DLA_BENEFICIARY_STRUCTURES, beneficiaries.size());
		figures.put(Indicator.DLA_INDIVIDUAL_DIAGNOSTICS, diagnostics);
		figures.put(Indicator.DLA_INDIVIDUAL_ENGINEERINGS, individualEngineerings);
		figures.put(Indicator.DLA_COLLECTIVE_ENGINEERINGS, collectiveEngineerings.size());
		figures.put(Indicator.DLA_COLLECTIVE_ENGINEERING_BENEFICIARIES, collectivelyEngineered.size());
		figures.put(Indicator.DLA_POST_ENGINEERING_FOLLOW_UPS, followedUp.size());
	}

}
