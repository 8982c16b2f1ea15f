package fr.pes21.dla.structure;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.pes21.platform.problem.RuleViolation;

import org.springframework.stereotype.Component;

/**
 * Tells other features whether structures exist: an engineering may only name structures
 * recorded here. Structures are never deleted, so an answer stays true.
 */
@Component
public class KnownStructures {

	private final StructureRepository structures;

	KnownStructures(StructureRepository structures) {
		this.structures = structures;
	}

	/**
	 * Refuses ({@code 422}) a request that names structures that were never recorded.
	 * @param ids the structure ids a request names
	 */
	public void requireAll(Collection<String> ids) {
		Set<String> found = this.structures.findByIdIn(Set.copyOf(ids))
			.stream()
			.map(StructureRepository.StructureId::getId)
			.collect(Collectors.toSet());
		List<String> unknown = ids.stream().filter((id) -> !found.contains(id)).distinct().toList();
		if (!unknown.isEmpty()) {
			throw new RuleViolation("No DLA structure was recorded with the id" + ((unknown.size() > 1) ? "s " : " ")
					+ unknown.stream().map((id) -> "'" + id + "'").collect(Collectors.joining(", "))
					+ ": record the structure first.");
		}
	}

}
