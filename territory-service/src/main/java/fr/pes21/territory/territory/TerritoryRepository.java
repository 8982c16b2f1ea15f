package fr.pes21.territory.territory;

import fr.pes21.platform.problem.UnknownResource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface TerritoryRepository extends MongoRepository<Territory, String> {

	Page<Territory> findByRecordedWithdrawnAtIsNull(Pageable pageable);

	/** The territory with this id, unless it does not exist or was withdrawn. */
	default Territory active(String id) {
		return findById(id).filter((territory) -> !territory.isWithdrawn())
			.orElseThrow(() -> new UnknownResource("territory", id));
	}

}
