package fr.pes21.benchmarks;

import java.util.List;
import java.util.function.BiFunction;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;

/**
 * Gatling runs the populations of {@code setUp} side by side; the benchmark's phases must
 * run one after the other, each alone on the machine: {@code a.andThen(b.andThen(c))}
 * ({@code a.andThen(b).andThen(c)} would start b and c together).
 */
final class Phases {

	private Phases() {
	}

	/**
	 * Gateway against direct for one request: a warm-up of each path at {@code rate},
	 * each path at {@code rate} (open model), then each at saturation (closed model),
	 * named "{@code <figure> gateway fixed}" and so on, as BenchReport reads them. The
	 * lengths and the users in flight come from {@code settings} (and are recorded with
	 * them).
	 */
	static PopulationBuilder gatewayThenDirect(BenchSettings settings, String figure, int rate, String path,
			BiFunction<String, String, ScenarioBuilder> scenario) {
		int warmUp = settings.number("warmUpSeconds", 10);
		int fixed = settings.number("fixedSeconds", 20);
		int users = settings.number("saturationUsers", 16);
		int saturation = settings.number("saturationSeconds", 15);
		String gateway = settings.gateway + path;
		String direct = settings.dla + path;
		return inSequence(List.of(
				scenario.apply("warm-up gateway", gateway).injectOpen(constantUsersPerSec(rate).during(warmUp)),
				scenario.apply("warm-up direct", direct).injectOpen(constantUsersPerSec(rate).during(warmUp)),
				scenario.apply(figure + " gateway fixed", gateway).injectOpen(constantUsersPerSec(rate).during(fixed)),
				scenario.apply(figure + " direct fixed", direct).injectOpen(constantUsersPerSec(rate).during(fixed)),
				scenario.apply(figure + " gateway saturation", gateway)
					.injectClosed(constantConcurrentUsers(users).during(saturation)),
				scenario.apply(figure + " direct saturation", direct)
					.injectClosed(constantConcurrentUsers(users).during(saturation))));
	}

	static PopulationBuilder inSequence(List<PopulationBuilder> phases) {
		PopulationBuilder chain = phases.get(phases.size() - 1);
		for (int i = phases.size() - 2; i >= 0; i--) {
			chain = phases.get(i).andThen(chain);
		}
		return chain;
	}

}
