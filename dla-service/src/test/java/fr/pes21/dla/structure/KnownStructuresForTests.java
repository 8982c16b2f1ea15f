package fr.pes21.dla.structure;

import java.util.Collection;
import java.util.Set;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** {@link KnownStructures} for other features' web slices, without MongoDB. */
public final class KnownStructuresForTests {

	private KnownStructuresForTests() {
	}

	/** The real rule, over a repository that knows exactly these structures. */
	public static KnownStructures knowing(String... structureIds) {
		Set<String> known = Set.of(structureIds);
		StructureRepository repository = mock(StructureRepository.class);
		given(repository.findByIdIn(any())).willAnswer((invocation) -> invocation.<Collection<String>>getArgument(0)
			.stream()
			.filter(known::contains)
			.map((id) -> (StructureRepository.StructureId) () -> id)
			.toList());
		return new KnownStructures(repository);
	}

}
