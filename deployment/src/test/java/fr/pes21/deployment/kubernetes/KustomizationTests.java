package fr.pes21.deployment.kubernetes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.pes21.deployment.Suite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assumptions.assumeThat;

/** {@link Kustomization} builds what kustomize builds, and refuses what it cannot. */
class KustomizationTests {

	private static final Pattern HASHED = Pattern.compile("(.+)-[a-z0-9]{10}");

	@ParameterizedTest
	@ValueSource(strings = { "k8s/base", "k8s/overlays/dev", "k8s/overlays/prod" })
	void buildsWhatKubectlKustomizeBuildsWhereKubectlIsInstalled(String directory) throws Exception {
		Path kustomization = Suite.root().resolve(directory);
		String kubectl = kubectlKustomize(kustomization);
		assumeThat(kubectl).as("kubectl kustomize output (kubectl not installed here)").isNotNull();

		List<ObjectNode> emulated = Kustomization.build(kustomization);
		List<JsonNode> real = Kustomization.readDocuments(kubectl);

		assertThat(byId(real, emulated)).isEqualTo(byId(emulated, emulated));
	}

	@Test
	void refusesAFieldItDoesNotEmulate(@TempDir Path directory) throws IOException {
		Files.writeString(directory.resolve("kustomization.yaml"), """
				resources: []
				commonLabels:
				  team: pes21
				""");

		assertThatIllegalStateException().isThrownBy(() -> Kustomization.build(directory))
			.withMessageContaining("'commonLabels' is not emulated");
	}

	@Test
	void refusesAFileOutsideItsDirectoryAsKustomizeDoes(@TempDir Path directory) throws IOException {
		Path overlay = Files.createDirectory(directory.resolve("overlay"));
		Files.writeString(directory.resolve("dashboard.json"), "{}");
		Files.writeString(overlay.resolve("kustomization.yaml"), """
				configMapGenerator:
				  - name: dashboards
				    files:
				      - ../dashboard.json
				""");

		assertThatIllegalStateException().isThrownBy(() -> Kustomization.build(overlay))
			.withMessageContaining("kustomize reads no file outside a kustomization's directory");
	}

	@Test
	void patchesTheResourcesWhoseWholeNameMatchesTheTarget(@TempDir Path directory) throws IOException {
		Files.writeString(directory.resolve("topics.yaml"), """
				apiVersion: v1
				kind: ConfigMap
				metadata:
				  name: pes21-dla-events
				data:
				  partitions: "3"
				---
				apiVersion: v1
				kind: ConfigMap
				metadata:
				  name: pes21-dla-events-dlq
				data:
				  partitions: "3"
				""");
		Files.writeString(directory.resolve("kustomization.yaml"), """
				namespace: pes21
				resources:
				  - topics.yaml
				patches:
				  - target:
				      kind: ConfigMap
				      name: pes21-.*-events
				    patch: |-
				      - op: replace
				        path: /data/partitions
				        value: "12"
				""");

		List<ObjectNode> built = Kustomization.build(directory);

		assertThat(built).extracting((resource) -> resource.at("/data/partitions").asString())
			.containsExactly("12", "3");
		assertThat(built).extracting((resource) -> resource.at("/metadata/namespace").asString()).containsOnly("pes21");
	}

	@Test
	void refusesToReplaceWhatDoesNotExist(@TempDir Path directory) throws IOException {
		Files.writeString(directory.resolve("map.yaml"), """
				apiVersion: v1
				kind: ConfigMap
				metadata:
				  name: settings
				""");
		Files.writeString(directory.resolve("kustomization.yaml"), """
				resources:
				  - map.yaml
				patches:
				  - target:
				      kind: ConfigMap
				    patch: |-
				      - op: replace
				        path: /data/partitions
				        value: "12"
				""");

		assertThatIllegalStateException().isThrownBy(() -> Kustomization.build(directory))
			.withMessageContaining("replace /data/partitions: no such path in ConfigMap settings");
	}

	/**
	 * Resources by kind and name, with the hash kustomize appends to the name of a
	 * generated ConfigMap (and to every reference to it) taken off.
	 */
	private static Map<String, JsonNode> byId(List<? extends JsonNode> resources, List<ObjectNode> emulated) {
		List<String> generated = emulated.stream()
			.filter((resource) -> resource.path("kind").asString().equals("ConfigMap"))
			.map((resource) -> resource.path("metadata").path("name").asString())
			.toList();
		Map<String, JsonNode> byId = new TreeMap<>();
		for (JsonNode resource : resources) {
			String json = resource.toString();
			Matcher hashed = HASHED.matcher(resource.path("metadata").path("name").asString());
			for (String name : generated) {
				json = json.replaceAll("\"" + Pattern.quote(name) + "-[a-z0-9]{10}\"", "\"" + name + "\"");
			}
			JsonNode unhashed = Kustomization.readDocuments(json).getFirst();
			String name = (resource.path("kind").asString().equals("ConfigMap") && hashed.matches()
					&& generated.contains(hashed.group(1))) ? hashed.group(1)
							: resource.path("metadata").path("name").asString();
			byId.put(resource.path("kind").asString() + " " + name, unhashed);
		}
		return byId;
	}

	/**
	 * What {@code kubectl kustomize} prints, {@code null} where kubectl is not installed;
	 * a kustomization kubectl refuses fails the test.
	 */
	private static String kubectlKustomize(Path directory) throws IOException, InterruptedException {
		Path errors = Files.createTempFile("kubectl", ".err");
		try {
			Process kubectl;
			try {
				kubectl = new ProcessBuilder("kubectl", "kustomize", directory.toString())
					.redirectError(errors.toFile())
					.start();
			}
			catch (IOException ex) {
				return null;
			}
			String output = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).as("kubectl kustomize ended").isTrue();
			assertThat(kubectl.exitValue()).as("kubectl kustomize %s: %s", directory, Files.readString(errors))
				.isZero();
			return output;
		}
		finally {
			Files.deleteIfExists(errors);
		}
	}

}
