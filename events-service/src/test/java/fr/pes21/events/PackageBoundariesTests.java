package fr.pes21.events;

import fr.pes21.testsupport.Boundaries;
import org.junit.jupiter.api.Test;

/**
 * The package directions of this service's README ("Packages"), and the outbox left to
 * the platform.
 */
class PackageBoundariesTests {

	@Test
	void featuresDependOnlyInTheDirectionsTheReadmeStatesAndLeaveTheOutboxInternalsToThePlatform() {
		Boundaries.of("fr.pes21.events").feature("event").check();
	}

}
