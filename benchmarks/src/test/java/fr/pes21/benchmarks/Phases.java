package fr.pes21.benchmarks;

import java.util.List;

import io.gatling.javaapi.core.PopulationBuilder;

/**
 * Gatling runs the populations of {@code setUp} side by side; the benchmark's phases must
 * run one after the other, each alone on the machine: {@code a.andThen(b.andThen(c))}
 * ({@code a.andThen(b).andThen(c)} would start b and c together).
 */
final class Phases {

	private Phases() {
	}

	static PopulationBuilder inSequence(List<PopulationBuilder> phases) {
		PopulationBuilder chain = phases.get(phases.size() - 1);
		for (int i = phases.size() - 2; i >= 0; i--) {
			chain = phases.get(i).andThen(chain);
		}
		return chain;
	}

}
