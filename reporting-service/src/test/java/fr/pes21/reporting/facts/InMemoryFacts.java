package fr.pes21.reporting.facts;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import fr.pes21.contracts.Fact;
import fr.pes21.contracts.Withdrawal;

/**
 * Facts stored as {@link FactCollection} stores them, without MongoDB, for the tests of a
 * dataset on its own: the first arrival of a fact is kept, a withdrawal marks it (or
 * stands for it if it has not arrived), whatever the order and the number of deliveries.
 */
public final class InMemoryFacts {

	private InMemoryFacts() {
	}

	/**
	 * @param facts the facts as delivered, duplicates and withdrawals included
	 * @param storing what the read model keeps of a fact or withdrawal
	 * @param withdrawing the stored fact marked withdrawn
	 * @return one stored fact per {@code factId}
	 */
	public static <F extends Fact, S> Collection<S> store(List<? extends F> facts, Function<? super F, S> storing,
			UnaryOperator<S> withdrawing) {
		Map<String, S> stored = new LinkedHashMap<>();
		for (F fact : facts) {
			S storedFact = storing.apply(fact);
			if (fact instanceof Withdrawal) {
				stored.merge(fact.factId(), storedFact, (first, withdrawal) -> withdrawing.apply(first));
			}
			else {
				stored.putIfAbsent(fact.factId(), storedFact);
			}
		}
		return stored.values();
	}

}
