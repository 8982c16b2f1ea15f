package fr.pes21.territory.initiative;

import java.util.List;

import fr.pes21.platform.problem.UnknownResource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface InitiativeRepository extends MongoRepository<Initiative, String> {

	Page<Initiative> findByRecordedWithdrawnAtIsNull(Pageable pageable);

	List<Initiative> findByTerritoryIdAndRecordedWithdrawnAtIsNull(String territoryId);

	/** The initiative with this id, unless it does not exist or was withdrawn. */
	default Initiative active(String id) {
		return findById(id).filter((initiative) -> !initiative.isWithdrawn())
			.orElseThrow(() -> new UnknownResource("initiative", id));
	}

}
