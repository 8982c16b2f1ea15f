package fr.pes21.testsupport;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundariesTests {

	private static final String GOOD = "fr.pes21.testsupport.boundaries.good";

	@Test
	void featuresThatDependOnlyInTheDeclaredDirectionsAndExtendTheOutboxAggregatePass() {
		assertThatCode(() -> Boundaries.of(GOOD, classes(GOOD)).feature("a").feature("b", "a").check())
			.doesNotThrowAnyException();
	}

	@Test
	void aDependencyInAnUndeclaredDirectionFailsNamingIt() {
		assertThatThrownBy(() -> Boundaries.of(GOOD, classes(GOOD)).feature("a").feature("b").check())
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("b may use no other feature")
			.hasMessageContaining("UsesA");
		assertThatThrownBy(() -> Boundaries.of(GOOD, classes(GOOD)).feature("a", "b").feature("b").check())
			.isInstanceOf(AssertionError.class);
	}

	@Test
	void aFeaturePackageLeftOutOfTheTableFails() {
		assertThatThrownBy(() -> Boundaries.of(GOOD, classes(GOOD)).feature("a").check())
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("[a, b]");
	}

	@Test
	void usingTheRelayOutsideThePlatformFails() {
		String root = "fr.pes21.testsupport.boundaries.relay";
		assertThatThrownBy(() -> Boundaries.of(root, classes(root)).feature("x").check())
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("OutboxRelay");
	}

	@Test
	void askingForTheOutboxCollectionsOutsideThePlatformFails() {
		String root = "fr.pes21.testsupport.boundaries.pending";
		assertThatThrownBy(() -> Boundaries.of(root, classes(root)).feature("y").check())
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("collections");
	}

	private static JavaClasses classes(String root) {
		ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
		return new ClassFileImporter().importPackages(root);
	}

}
