package fr.pes21.deployment.kubernetes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import fr.pes21.deployment.Suite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The manifests are what {@code kubectl kustomize} builds, and the check fails, saying
 * how to install kubectl, where it cannot run it.
 */
class KustomizeTests {

	@Test
	void buildsWithKubectlKustomizeAndItsHashedConfigMapNames() {
		assertThat(Kustomize.build(Suite.root().resolve("k8s/overlays/dev")))
			.filteredOn((resource) -> resource.path("kind").asString().equals("ConfigMap"))
			.extracting((resource) -> resource.at("/metadata/name").asString())
			.anyMatch((name) -> name.matches("dla-service-[a-z0-9]{10}"))
			.contains("pes21-dashboard-overview");
	}

	@Test
	void failsWithTheInstallLineWhereKubectlIsMissing(@TempDir Path directory) {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> Kustomize.build(Suite.root().resolve("k8s/base"), directory.resolve("kubectl")))
			.withMessageContaining("run ops/install-check-tools");
	}

	@Test
	void failsWithKubectlsReasonOnAKustomizationItRefuses(@TempDir Path directory) throws IOException {
		Path overlay = Files.createDirectory(directory.resolve("overlay"));
		Files.writeString(directory.resolve("dashboard.json"), "{}");
		Files.writeString(overlay.resolve("kustomization.yaml"), """
				configMapGenerator:
				  - name: dashboards
				    files:
				      - ../dashboard.json
				""");

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> Kustomize.build(overlay, Kustomize.kubectl()))
			.withMessageContaining("kustomize " + overlay + " failed")
			.withMessageContaining("dashboard.json");
	}

}
