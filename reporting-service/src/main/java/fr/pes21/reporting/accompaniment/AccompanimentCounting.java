package fr.pes21.reporting.accompaniment;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.reporting.report.Figures;
import fr.pes21.reporting.report.Indicator;

/**
 * The counting rules of the accompaniment indicators (docs/domain.md, "How every
 * indicator is counted"), per programme and in total:
 * <ul>
 * <li>a fact belongs to the year of its business date, not to the day it was
 * recorded;</li>
 * <li>a withdrawn fact does not count;</li>
 * <li>projects are counted once however many facts they have ({@code projectsWelcomed},
 * {@code projectsAccompanied}, {@code structuresCreated},
 * {@code postCreationReviews});</li>
 * <li>{@code jobsCreated} sums the jobs declared by the structures created in the
 * year.</li>
 * </ul>
 */
final class AccompanimentCounting {

	private AccompanimentCounting() {
	}

	static void count(int year, Collection<AccompanimentRow> facts, Figures figures) {
		Map<AccompanimentRow.Kind, Map<Programme, Set<String>>> projects = new EnumMap<>(AccompanimentRow.Kind.class);
		Map<Programme, Long> jobs = new EnumMap<>(Programme.class);
		for (AccompanimentRow fact : facts) {
			if (fact.withdrawn() || fact.occurredOn().getYear() != year) {
				continue;
			}
			projects.computeIfAbsent(fact.kind(), (kind) -> new EnumMap<>(Programme.class))
				.computeIfAbsent(fact.programme(), (programme) -> new HashSet<>())
				.add(fact.projectId());
			if (fact.kind() == AccompanimentRow.Kind.STRUCTURE_CREATION) {
				jobs.merge(fact.programme(), (long) fact.jobsCreated(), Long::sum);
			}
		}
		for (Programme programme : Programme.values()) {
			figures.put(Indicator.ACCOMPANIMENT_PROJECTS_WELCOMED, programme,
					distinct(projects, AccompanimentRow.Kind.WELCOME, programme));
			figures.put(Indicator.ACCOMPANIMENT_PROJECTS_ACCOMPANIED, programme,
					distinct(projects, AccompanimentRow.Kind.MEETING, programme));
			figures.put(Indicator.ACCOMPANIMENT_STRUCTURES_CREATED, programme,
					distinct(projects, AccompanimentRow.Kind.STRUCTURE_CREATION, programme));
			figures.put(Indicator.ACCOMPANIMENT_JOBS_CREATED, programme, jobs.getOrDefault(programme, 0L));
			figures.put(Indicator.ACCOMPANIMENT_POST_CREATION_REVIEWS, programme,
					distinct(projects, AccompanimentRow.Kind.POST_CREATION_REVIEW, programme));
		}
	}

	private static long distinct(Map<AccompanimentRow.Kind, Map<Programme, Set<String>>> projects,
			AccompanimentRow.Kind kind, Programme programme) {
		return projects.getOrDefault(kind, Map.of()).getOrDefault(programme, Set.of()).size();
	}

}
