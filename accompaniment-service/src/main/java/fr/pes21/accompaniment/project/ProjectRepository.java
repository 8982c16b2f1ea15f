package fr.pes21.accompaniment.project;

import fr.pes21.platform.problem.UnknownResource;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ProjectRepository extends MongoRepository<Project, String> {

	/** The project with this id, unless it does not exist or was withdrawn. */
	default Project active(String id) {
		return findById(id).filter((project) -> !project.isWithdrawn())
			.orElseThrow(() -> new UnknownResource("project", id));
	}

}
