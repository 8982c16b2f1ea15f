package fr.pes21.accompaniment.project;

import fr.pes21.contracts.accompaniment.Programme;
import fr.pes21.platform.problem.UnknownResource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ProjectRepository extends MongoRepository<Project, String> {

	Page<Project> findByRecordedWithdrawnAtIsNull(Pageable pageable);

	Page<Project> findByProgrammeAndRecordedWithdrawnAtIsNull(Programme programme, Pageable pageable);

	/** The project with this id, unless it does not exist or was withdrawn. */
	default Project active(String id) {
		return findById(id).filter((project) -> !project.isWithdrawn())
			.orElseThrow(() -> new UnknownResource("project", id));
	}

}
