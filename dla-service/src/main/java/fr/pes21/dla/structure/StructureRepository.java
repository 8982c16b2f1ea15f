package fr.pes21.dla.structure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fr.pes21.platform.problem.UnknownResource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface StructureRepository extends MongoRepository<Structure, String> {

	Page<Structure> findAllBy(Pageable pageable);

	Optional<Structure> findByDiagnosticsRecordedId(String diagnosticId);

	/** Only the ids of the structures found among these. */
	List<StructureId> findByIdIn(Collection<String> ids);

	/** The structure with this id. */
	default Structure existing(String id) {
		return findById(id).orElseThrow(() -> new UnknownResource("DLA structure", id));
	}

	/**
	 * The structure that holds the diagnostic with this id (its operations then answer
	 * 404 for a withdrawn diagnostic).
	 */
	default Structure withDiagnostic(String diagnosticId) {
		return findByDiagnosticsRecordedId(diagnosticId)
			.orElseThrow(() -> new UnknownResource("diagnostic", diagnosticId));
	}

	/** A closed projection: only the id is read. */
	interface StructureId {

		String getId();

	}

}
