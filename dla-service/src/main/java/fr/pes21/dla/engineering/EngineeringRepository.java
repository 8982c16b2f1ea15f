package fr.pes21.dla.engineering;

import java.util.List;

import fr.pes21.platform.problem.UnknownResource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface EngineeringRepository extends MongoRepository<Engineering, String> {

	Page<Engineering> findByRecordedWithdrawnAtIsNull(Pageable pageable);

	/**
	 * Engineerings not withdrawn that named the structure (it may have been withdrawn
	 * from them since).
	 */
	List<Engineering> findByParticipantsStructureIdAndRecordedWithdrawnAtIsNull(String structureId);

	/** The engineering with this id, unless it does not exist or was withdrawn. */
	default Engineering active(String id) {
		return findById(id).filter((engineering) -> !engineering.isWithdrawn())
			.orElseThrow(() -> new UnknownResource("engineering", id));
	}

}
